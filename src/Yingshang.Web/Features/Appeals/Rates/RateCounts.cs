namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>The numerators and denominators of one unit (department or county) in one period, counted in the database.</summary>
public sealed record RateCounts
{
    public int Dispatched { get; init; }
    public int SignDue { get; init; }
    public int SignedOnTime { get; init; }
    public int ContactDue { get; init; }
    public int ContactedOnTime { get; init; }
    public int CloseDue { get; init; }
    public int ClosedOnTime { get; init; }
    public int Visited { get; init; }
    public int Resolved { get; init; }
    public int Rated { get; init; }
    public int Satisfied { get; init; }
    public int BasicSatisfied { get; init; }
    public int Replied { get; init; }
    public int Reopened { get; init; }
    public int Assignments { get; init; }
    public int Returns { get; init; }
    public int Received { get; init; }
    public int Answered { get; init; }

    /// <summary>Null for a unit the centre's direct answers are not attributed to (a department).</summary>
    public bool HasDirectAnswers { get; init; }

    public static RateCounts operator +(RateCounts a, RateCounts b) => new()
    {
        Dispatched = a.Dispatched + b.Dispatched, SignDue = a.SignDue + b.SignDue, SignedOnTime = a.SignedOnTime + b.SignedOnTime,
        ContactDue = a.ContactDue + b.ContactDue, ContactedOnTime = a.ContactedOnTime + b.ContactedOnTime,
        CloseDue = a.CloseDue + b.CloseDue, ClosedOnTime = a.ClosedOnTime + b.ClosedOnTime, Visited = a.Visited + b.Visited,
        Resolved = a.Resolved + b.Resolved, Rated = a.Rated + b.Rated, Satisfied = a.Satisfied + b.Satisfied,
        BasicSatisfied = a.BasicSatisfied + b.BasicSatisfied, Replied = a.Replied + b.Replied, Reopened = a.Reopened + b.Reopened,
        Assignments = a.Assignments + b.Assignments, Returns = a.Returns + b.Returns, Received = a.Received + b.Received,
        Answered = a.Answered + b.Answered, HasDirectAnswers = a.HasDirectAnswers || b.HasDirectAnswers,
    };

    public static RateCounts Add(RateCounts a, RateCounts b) => a + b;
}

/// <summary>One line of the rates table; every rate in [0, 1], or null when its denominator is 0.</summary>
public sealed record RateRow(
    string Key, string Name, int Dispatched, double? SignedOnTimeRate, double? ResponseRate, double? ClosedOnTimeRate,
    double? ResolutionRate, double? SatisfactionRate, double? ReturnRate, double? ReopenRate, double? DirectAnswerRate,
    double? Composite, int? Rank);

/// <summary>Counts → rates → composite → rank (README.md, "Rates").</summary>
public static class RateFormulas
{
    public const int Decimals = 4;

    public static RateRow Row(string key, string name, RateCounts c, RateWeights w)
    {
        var response = Ratio(c.ContactedOnTime, c.ContactDue);
        var resolution = Ratio(c.Resolved, c.Visited);
        double? satisfaction = c.Rated == 0 ? null : (c.Satisfied + w.BasicSatisfied * c.BasicSatisfied) / c.Rated;
        double? composite = response is { } a && resolution is { } b && satisfaction is { } s
            ? Round(w.Response * a + w.Resolution * b + w.Satisfaction * s)
            : null;
        return new RateRow(key, name, c.Dispatched, Round(Ratio(c.SignedOnTime, c.SignDue)), Round(response), Round(Ratio(c.ClosedOnTime, c.CloseDue)),
            Round(resolution), Round(satisfaction), Round(Ratio(c.Returns, c.Assignments)), Round(Ratio(c.Reopened, c.Replied)),
            c.HasDirectAnswers ? Round(Ratio(c.Answered, c.Received)) : null, composite, null);
    }

    /// <summary>Competition ranking by composite, highest first: equal composites share a rank, the next rank skips.</summary>
    public static IReadOnlyList<RateRow> Ranked(IEnumerable<RateRow> rows)
    {
        var list = rows.ToList();
        var scores = list.Where(r => r.Composite is not null).Select(r => r.Composite!.Value).ToList();
        return [.. list.Select(r => r with { Rank = r.Composite is { } c ? 1 + scores.Count(s => s > c) : null })
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenByDescending(r => r.Dispatched).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;
}
