using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// Recomputes the whole roll-up from the appeals and their events (README.md, "Rates" › "Roll-up"): deletes the roll-up
/// and the deltas and fills it: the steps of all months in one INSERT … SELECT … GROUP BY, then the appeals month by month,
/// the same SQL on both databases (the months are Beijing ranges computed here, so no date function of either database
/// is needed). Then stores the marker.
/// </summary>
public sealed class RateRollupBuilder(AppDbContext db, TimeProvider clock, ILogger<RateRollupBuilder> logger)
{
    /// <summary>Raise it when the roll-up's definition changes: every database is rebuilt once at its next start.</summary>
    public const int Version = 1;

    private const int MarkerId = 1;

    public async Task<bool> IsCurrentAsync(CancellationToken ct) =>
        await db.Set<RateRollupMarker>().AsNoTracking().AnyAsync(m => m.Id == MarkerId && m.Version == Version, ct);

    public async Task RebuildAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (db.Database.IsNpgsql())
        {
            // Writers insert their delta after their own change: holding this lock, every change is either committed and
            // visible to the SELECTs below (its delta deleted here) or waits and adds its delta after the rebuild.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE appeals_rate_delta, appeals_rate_rollup IN EXCLUSIVE MODE", ct);
        }
        await db.Database.ExecuteSqlRawAsync("DELETE FROM appeals_rate_delta", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM appeals_rate_rollup", ct);
        var months = 0;
        if (await RangeAsync(ct) is var (first, last))
        {
            var starts = new List<DateOnly>();
            for (var month = first; month <= last.AddMonths(1); month = month.AddMonths(1)) starts.Add(month);
            await db.Database.ExecuteSqlRawAsync(StepsSql(starts), [.. starts.Select(m => (object)ChinaTime.StartOfDay(m))], ct);
            foreach (var month in starts.SkipLast(1))
            {
                var (start, end) = (ChinaTime.StartOfDay(month), ChinaTime.StartOfDay(month.AddMonths(1)));
                await db.Database.ExecuteSqlRawAsync(AppealsSql, [RateKey.MonthOf(start), start, end], ct);
                months++;
            }
        }
        await db.Database.ExecuteSqlRawAsync("DELETE FROM appeals_rate_rollup_marker", ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO appeals_rate_rollup_marker (\"Id\", \"Version\", \"RebuiltAt\") VALUES ({MarkerId}, {Version}, {clock.GetUtcNow().UtcDateTime})", ct);
        if (tx is not null) await tx.CommitAsync(ct);
        logger.LogInformation("Rates roll-up rebuilt: {Months} months in {Elapsed:N0} ms", months,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The first and last Beijing month any count can fall in, or null without appeals.</summary>
    private async Task<(DateOnly First, DateOnly Last)?> RangeAsync(CancellationToken ct)
    {
        var appeals = db.Appeals.IgnoreQueryFilters().AsNoTracking();
        var steps = appeals.SelectMany(a => a.Events)
            .Where(e => e.Action == AppealAction.Dispatch || e.Action == AppealAction.Reassign || e.Action == AppealAction.ApproveReturn);
        DateTime?[] bounds =
        [
            await appeals.MinAsync(a => (DateTime?)a.ReceivedAt, ct), await appeals.MaxAsync(a => (DateTime?)a.ReceivedAt, ct),
            await appeals.MinAsync(a => a.FirstDispatchedAt, ct), await appeals.MaxAsync(a => a.FirstDispatchedAt, ct),
            await steps.MinAsync(e => (DateTime?)e.At, ct), await steps.MaxAsync(e => (DateTime?)e.At, ct),
        ];
        var known = bounds.OfType<DateTime>().ToList();
        if (known.Count == 0) return null;
        static DateOnly MonthStart(DateTime utc)
        {
            var local = ChinaTime.ToLocal(utc);
            return new DateOnly(local.Year, local.Month, 1);
        }
        return (MonthStart(known.Min()), MonthStart(known.Max()));
    }

    private static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static readonly string Insert =
        $"INSERT INTO appeals_rate_rollup (\"Month\", \"DepartmentId\", \"RegionId\", {Quoted(RateVector.Columns)})";

    /// <summary>
    /// The steps of all months in one pass: their county is on the appeal, and a join per month would read every appeal
    /// each time. The month is a CASE over the month starts {0} … {n} (parameters), so no date function is needed.
    /// </summary>
    private static string StepsSql(List<DateOnly> starts)
    {
        var month = "CASE " + string.Join(" ", starts.SkipLast(1).Select((m, i) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WHEN e.\"At\" < {{{i + 1}}} THEN {m.Year * 100 + m.Month}"))) + " END";
        var zeros = string.Join(", ", RateVector.Columns.Select(c => c is "Assignments" or "Returns" ? $"SUM(\"{c}\")" : "0"));
        return $$"""
            {{Insert}}
            SELECT m, d, r, {{zeros}}
            FROM (SELECT {{month}} AS m, COALESCE(e."DepartmentId", 0) AS d, a."RegionId" AS r,
                         CASE WHEN e."Action" <> 'ApproveReturn' THEN 1 ELSE 0 END AS "Assignments",
                         CASE WHEN e."Action" = 'ApproveReturn' THEN 1 ELSE 0 END AS "Returns"
                  FROM appeals_event e JOIN appeals_appeal a ON a."Id" = e."AppealId"
                  WHERE e."At" >= {0} AND e."At" < {{{starts.Count - 1}}} AND e."Action" IN ('Dispatch', 'Reassign', 'ApproveReturn')) x
            GROUP BY m, d, r
            """;
    }

    // The same definitions as RateContribution.Of, for one month [{1}, {2}) keyed {0}, added to the month's step rows. A
    // boolean column is a condition on both databases (PostgreSQL boolean, SQLite 0/1); an instant compared with null is
    // not true on either. (SQLite needs the WHERE of the SELECT to parse the upsert; it has one.)
    private static readonly string AppealsSql = $$"""
        {{Insert}}
        SELECT {0}, d, r, {{string.Join(", ", RateVector.Columns.Select((_, i) => $"SUM(c{i})"))}}
        FROM (
          SELECT "LeadDepartmentId" AS d, "RegionId" AS r, 1 AS c0,
                 CASE WHEN "SignedAt" IS NOT NULL THEN 1 ELSE 0 END AS c1, CASE WHEN "SignedAt" <= "SignDueAt" THEN 1 ELSE 0 END AS c2,
                 CASE WHEN "ContactedAt" IS NOT NULL THEN 1 ELSE 0 END AS c3, CASE WHEN "ContactedAt" <= "ContactDueAt" THEN 1 ELSE 0 END AS c4,
                 CASE WHEN "RepliedAt" IS NOT NULL THEN 1 ELSE 0 END AS c5, CASE WHEN "RepliedAt" <= "CloseDueAt" THEN 1 ELSE 0 END AS c6,
                 CASE WHEN "VisitResolved" IS NOT NULL THEN 1 ELSE 0 END AS c7, CASE WHEN "VisitResolved" THEN 1 ELSE 0 END AS c8,
                 CASE WHEN "Satisfaction" IS NOT NULL THEN 1 ELSE 0 END AS c9, CASE WHEN "Satisfaction" = 5 THEN 1 ELSE 0 END AS c10,
                 CASE WHEN "Satisfaction" = 4 THEN 1 ELSE 0 END AS c11,
                 CASE WHEN "ReopenCount" > 0 OR "RepliedAt" IS NOT NULL THEN 1 ELSE 0 END AS c12, CASE WHEN "ReopenCount" > 0 THEN 1 ELSE 0 END AS c13,
                 0 AS c14, 0 AS c15, 0 AS c16, 0 AS c17
          FROM appeals_appeal
          WHERE "FirstDispatchedAt" >= {1} AND "FirstDispatchedAt" < {2} AND "Status" <> 'Merged' AND "LeadDepartmentId" IS NOT NULL
          UNION ALL
          SELECT 0, "RegionId", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, CASE WHEN "Status" = 'Answered' THEN 1 ELSE 0 END
          FROM appeals_appeal
          WHERE "ReceivedAt" >= {1} AND "ReceivedAt" < {2} AND "Status" <> 'Merged'
        ) x
        WHERE 1 = 1
        GROUP BY d, r
        ON CONFLICT ("Month", "DepartmentId", "RegionId") DO UPDATE SET
        {{string.Join(", ", RateVector.Columns.Select(c => $"\"{c}\" = appeals_rate_rollup.\"{c}\" + excluded.\"{c}\""))}}
        """;
}
