using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// Folds the committed deltas into the roll-up, a batch per transaction: <c>DELETE … RETURNING</c> takes exactly the rows
/// it sums (a delta with a lower id that commits later is simply left for the next batch — never <c>id &lt;= max</c>), and
/// their sums are added to the roll-up rows with an upsert. On PostgreSQL a concurrent run would wait on the deleted rows
/// and then skip them; the advisory lock only spares it the wait.
/// </summary>
public sealed class RateCompactionJob(AppDbContext db) : IPeriodicJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public const int Batch = 5000;

    // Any fixed number: every instance must use the same one.
    private const string TryLockSql = "SELECT pg_try_advisory_xact_lock(591800021) AS \"Value\"";

    private static readonly string Columns = string.Join(", ", RateVector.Columns.Select(c => $"\"{c}\""));

    public async Task RunOnceAsync(CancellationToken ct)
    {
        while (await FoldBatchAsync(ct) == Batch) { }
    }

    /// <summary>Folds one batch; returns how many deltas it took.</summary>
    public async Task<int> FoldBatchAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql() && !(await db.Database.SqlQueryRaw<bool>(TryLockSql).ToListAsync(ct)).Single()) return 0;
        var taken = await db.Database.SqlQueryRaw<RateDeltaRecord>(TakeSql).ToListAsync(ct);
        var sums = taken.GroupBy(d => new RateKey(d.Month, d.DepartmentId, d.RegionId))
            .Select(g => (g.Key, Counts: RateVector.Sum(g.Select(d => d.ToVector()))))
            .Where(s => !s.Counts.IsZero);
        foreach (var (key, counts) in sums)
        {
            object[] values = [key.Month, key.DepartmentId, key.RegionId, .. counts.Values.Cast<object>()];
            await db.Database.ExecuteSqlRawAsync(UpsertSql, values, ct);
        }
        await tx.CommitAsync(ct);
        return taken.Count;
    }

    private static readonly string TakeSql = $"""
        DELETE FROM appeals_rate_delta
        WHERE "Id" IN (SELECT "Id" FROM appeals_rate_delta ORDER BY "Id" LIMIT {Batch})
        RETURNING "Month", "DepartmentId", "RegionId", {Columns}
        """;

    private static readonly string UpsertSql = $"""
        INSERT INTO appeals_rate_rollup ("Month", "DepartmentId", "RegionId", {Columns})
        VALUES ({string.Join(", ", Enumerable.Range(0, RateVector.Columns.Length + 3).Select(i => $"{{{i}}}"))})
        ON CONFLICT ("Month", "DepartmentId", "RegionId") DO UPDATE SET
        {string.Join(", ", RateVector.Columns.Select(c => $"\"{c}\" = appeals_rate_rollup.\"{c}\" + excluded.\"{c}\""))}
        """;
}

/// <summary>A delta row as <c>DELETE … RETURNING</c> gives it back.</summary>
internal sealed class RateDeltaRecord
{
    public int Month { get; init; }
    public int DepartmentId { get; init; }
    public int RegionId { get; init; }
    public int Dispatched { get; init; }
    public int SignedCount { get; init; }
    public int SignedOnTime { get; init; }
    public int Contacted { get; init; }
    public int ContactedOnTime { get; init; }
    public int Replied { get; init; }
    public int ClosedOnTime { get; init; }
    public int Visited { get; init; }
    public int Resolved { get; init; }
    public int Rated { get; init; }
    public int Satisfied { get; init; }
    public int BasicSatisfied { get; init; }
    public int RepliedOrReopened { get; init; }
    public int Reopened { get; init; }
    public int Assignments { get; init; }
    public int Returns { get; init; }
    public int Received { get; init; }
    public int Answered { get; init; }

    public RateVector ToVector() => RateVector.Of(Dispatched, SignedCount, SignedOnTime, Contacted, ContactedOnTime, Replied, ClosedOnTime,
        Visited, Resolved, Rated, Satisfied, BasicSatisfied, RepliedOrReopened, Reopened, Assignments, Returns, Received, Answered);
}
