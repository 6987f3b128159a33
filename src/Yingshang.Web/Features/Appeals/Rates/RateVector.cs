using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>Where a count goes in the roll-up: the Beijing month (<c>202603</c>), the department (0 = none) and the county.</summary>
/// <remarks>0 rather than null for "no department": a unique key with a null in it never conflicts, on either database.</remarks>
public readonly record struct RateKey(int Month, int DepartmentId, int RegionId)
{
    public const int NoDepartment = 0;

    public static int MonthOf(DateTime utc)
    {
        var local = utc + ChinaTime.Offset;
        return local.Year * 100 + local.Month;
    }
}

/// <summary>
/// The static counts of the roll-up (README.md, "Rates" › "Roll-up"), in <see cref="Columns"/> order; the time-dependent
/// "deadline passed" parts of the three due counts are not here, they are counted live over the pending appeals.
/// </summary>
public sealed class RateVector
{
    public static readonly string[] Columns =
    [
        "Dispatched", "SignedCount", "SignedOnTime", "Contacted", "ContactedOnTime", "Replied", "ClosedOnTime", "Visited", "Resolved",
        "Rated", "Satisfied", "BasicSatisfied", "RepliedOrReopened", "Reopened", "Assignments", "Returns", "Received", "Answered",
    ];

    public static readonly RateVector Zero = new(new int[Columns.Length]);

    private readonly int[] _values;

    private RateVector(int[] values) => _values = values;

    public static RateVector Of(
        int dispatched = 0, int signedCount = 0, int signedOnTime = 0, int contacted = 0, int contactedOnTime = 0, int replied = 0,
        int closedOnTime = 0, int visited = 0, int resolved = 0, int rated = 0, int satisfied = 0, int basicSatisfied = 0,
        int repliedOrReopened = 0, int reopened = 0, int assignments = 0, int returns = 0, int received = 0, int answered = 0) =>
        new([dispatched, signedCount, signedOnTime, contacted, contactedOnTime, replied, closedOnTime, visited, resolved, rated, satisfied,
            basicSatisfied, repliedOrReopened, reopened, assignments, returns, received, answered]);

    public static RateVector FromValues(IReadOnlyList<int> values) =>
        values.Count == Columns.Length ? new([.. values]) : throw new ArgumentException("One value per column.", nameof(values));

    public IReadOnlyList<int> Values => _values;

    public int Dispatched => _values[0];
    public int SignedCount => _values[1];
    public int SignedOnTime => _values[2];
    public int Contacted => _values[3];
    public int ContactedOnTime => _values[4];
    public int Replied => _values[5];
    public int ClosedOnTime => _values[6];
    public int Visited => _values[7];
    public int Resolved => _values[8];
    public int Rated => _values[9];
    public int Satisfied => _values[10];
    public int BasicSatisfied => _values[11];
    public int RepliedOrReopened => _values[12];
    public int Reopened => _values[13];
    public int Assignments => _values[14];
    public int Returns => _values[15];
    public int Received => _values[16];
    public int Answered => _values[17];

    public bool IsZero => _values.All(v => v == 0);

    public static RateVector operator +(RateVector a, RateVector b) => Combine(a, b, +1);

    public static RateVector operator -(RateVector a, RateVector b) => Combine(a, b, -1);

    /// <summary>The sum of many (a compaction batch's thousands of deltas) into one array, not one vector per addition.</summary>
    public static RateVector Sum(IEnumerable<RateVector> vectors)
    {
        var sum = new int[Columns.Length];
        foreach (var v in vectors)
            for (var i = 0; i < sum.Length; i++) sum[i] += v._values[i];
        return new(sum);
    }

    private static RateVector Combine(RateVector a, RateVector b, int sign)
    {
        var values = new int[Columns.Length];
        for (var i = 0; i < values.Length; i++) values[i] = a._values[i] + sign * b._values[i];
        return new(values);
    }

    public static RateVector Add(RateVector a, RateVector b) => a + b;

    public static RateVector Subtract(RateVector a, RateVector b) => a - b;

    public override string ToString() => string.Join(", ", Columns.Zip(_values, (c, v) => $"{c}={v}"));
}
