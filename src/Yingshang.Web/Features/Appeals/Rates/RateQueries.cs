using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>The "deadline passed" part of the three due counts of one unit, counted live (it depends on now).</summary>
public sealed record LateCount(int Sign, int Contact, int Close);

/// <summary>
/// The two reads behind the rates (README.md, "Rates" › "Roll-up"): the static counts summed over the roll-up and the
/// deltas not folded yet for the period's months, and the late counts over the period's appeals still pending a step
/// (partial index on <c>FirstDispatchedAt</c>). The appeals themselves are never loaded.
/// </summary>
public sealed class RateQueries(AppDbContext db)
{
    private static readonly string Sums = string.Join(", ", RateVector.Columns.Select(c => $"CAST(SUM(\"{c}\") AS INTEGER) AS \"{c}\""));
    private static readonly string Columns = string.Join(", ", RateVector.Columns.Select(c => $"\"{c}\""));

    /// <summary>Key: the department id (<see cref="RateKey.NoDepartment"/> for rows of none) or the county id.</summary>
    public async Task<Dictionary<int, RateVector>> CountsAsync(RatePeriod period, RateGrouping grouping, CancellationToken ct)
    {
        var first = period.Year * 100 + period.FirstMonth;
        var last = first + period.Months - 1; // a quarter or a year never crosses a year
        var byDepartment = grouping == RateGrouping.Department;
        var (key, keys) = byDepartment ? ("\"DepartmentId\"", "0 AS \"Month\", \"DepartmentId\", 0 AS \"RegionId\"")
            : ("\"RegionId\"", "0 AS \"Month\", 0 AS \"DepartmentId\", \"RegionId\"");
        var sql = $"""
            SELECT {keys}, {Sums}
            FROM (SELECT "DepartmentId", "RegionId", {Columns} FROM appeals_rate_rollup WHERE "Month" >= {"{0}"} AND "Month" <= {"{1}"}
                  UNION ALL
                  SELECT "DepartmentId", "RegionId", {Columns} FROM appeals_rate_delta WHERE "Month" >= {"{0}"} AND "Month" <= {"{1}"}) x
            GROUP BY {key}
            """;
        var rows = await db.Database.SqlQueryRaw<RateDeltaRecord>(sql, first, last).ToListAsync(ct);
        return rows.ToDictionary(r => byDepartment ? r.DepartmentId : r.RegionId, r => r.ToVector());
    }

    public async Task<Dictionary<int, LateCount>> LateAsync(DateTime start, DateTime end, DateTime now, RateGrouping grouping, CancellationToken ct)
    {
        Expression<Func<Appeal, int?>> key = grouping == RateGrouping.Department ? a => a.LeadDepartmentId : a => a.RegionId;
        var late = await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.FirstDispatchedAt >= start && a.FirstDispatchedAt < end && (a.SignedAt == null || a.ContactedAt == null || a.RepliedAt == null))
            .Where(a => a.Status != AppealStatus.Merged && a.LeadDepartmentId != null)
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Sign = g.Count(a => a.SignedAt == null && a.SignDueAt < (a.PausedAt ?? now)),
                Contact = g.Count(a => a.ContactedAt == null && a.ContactDueAt < (a.PausedAt ?? now)),
                Close = g.Count(a => a.RepliedAt == null && a.CloseDueAt < (a.PausedAt ?? now)),
            }).ToListAsync(ct);
        return late.Where(l => l.Key is not null).ToDictionary(l => l.Key!.Value, l => new LateCount(l.Sign, l.Contact, l.Close));
    }
}
