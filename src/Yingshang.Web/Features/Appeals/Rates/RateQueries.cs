using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>Assignments (dispatches and reassignments) and approved returns of one unit in a period.</summary>
public sealed class StepCount
{
    public int? Key { get; init; }
    public int Assignments { get; init; }
    public int Returns { get; init; }
}

/// <summary>Appeals received in a period and those the centre answered itself, per county.</summary>
public sealed record ReceivedCount(int Key, int Received, int Answered);

/// <summary>
/// The grouped counts behind the rates, each one aggregate in the database over one period's rows only (indexes
/// <c>(FirstDispatchedAt, …)</c>, events <c>(Action, At)</c>, <c>ReceivedAt</c>); the appeals themselves are never loaded.
/// </summary>
public sealed class RateQueries(AppDbContext db)
{
    public async Task<Dictionary<int, RateCounts>> HandlingAsync(DateTime start, DateTime end, DateTime now, RateGrouping grouping, CancellationToken ct)
    {
        var cohort = db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(a => a.FirstDispatchedAt >= start && a.FirstDispatchedAt < end
                                                                               && a.Status != AppealStatus.Merged && a.LeadDepartmentId != null);
        Expression<Func<Appeal, int?>> key = grouping == RateGrouping.Department ? a => a.LeadDepartmentId : a => a.RegionId;
        var handling = await cohort.GroupBy(key).Select(g => new
        {
            g.Key,
            Counts = new RateCounts
            {
                Dispatched = g.Count(),
                SignDue = g.Count(a => a.SignedAt != null || a.SignDueAt < (a.PausedAt ?? now)),
                SignedOnTime = g.Count(a => a.SignedAt != null && a.SignedAt <= a.SignDueAt),
                ContactDue = g.Count(a => a.ContactedAt != null || a.ContactDueAt < (a.PausedAt ?? now)),
                ContactedOnTime = g.Count(a => a.ContactedAt != null && a.ContactedAt <= a.ContactDueAt),
                CloseDue = g.Count(a => a.RepliedAt != null || a.CloseDueAt < (a.PausedAt ?? now)),
                ClosedOnTime = g.Count(a => a.RepliedAt != null && a.RepliedAt <= a.CloseDueAt),
                Visited = g.Count(a => a.VisitResolved != null),
                Resolved = g.Count(a => a.VisitResolved == true),
                Rated = g.Count(a => a.Satisfaction != null),
                Satisfied = g.Count(a => a.Satisfaction == 5),
                BasicSatisfied = g.Count(a => a.Satisfaction == 4),
                Replied = g.Count(a => a.ReopenCount > 0 || a.RepliedAt != null),
                Reopened = g.Count(a => a.ReopenCount > 0),
            },
        }).ToListAsync(ct);
        return handling.Where(h => h.Key is not null).ToDictionary(h => h.Key!.Value, h => h.Counts);
    }

    /// <summary>
    /// By the step's own department, straight from the events table: reaching the owned events through their appeals
    /// (LINQ's only way) joins every appeal ever received, which over ten million appeals costs seconds.
    /// </summary>
    public async Task<List<StepCount>> StepsByDepartmentAsync(DateTime start, DateTime end, CancellationToken ct) =>
        await db.Database.SqlQuery<StepCount>($"""
            SELECT "DepartmentId" AS "Key",
                   CAST(COUNT(CASE WHEN "Action" <> 'ApproveReturn' THEN 1 END) AS INTEGER) AS "Assignments",
                   CAST(COUNT(CASE WHEN "Action" = 'ApproveReturn' THEN 1 END) AS INTEGER) AS "Returns"
            FROM appeals_event
            WHERE "At" >= {start} AND "At" < {end} AND "Action" IN ('Dispatch', 'Reassign', 'ApproveReturn')
            GROUP BY "DepartmentId"
            """).ToListAsync(ct);

    /// <summary>By the appeal's county, which only the appeal knows.</summary>
    public async Task<List<StepCount>> StepsByCountyAsync(DateTime start, DateTime end, CancellationToken ct) =>
        await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .SelectMany(a => a.Events, (a, e) => new { a.RegionId, e.Action, e.At })
            .Where(e => e.At >= start && e.At < end
                        && (e.Action == AppealAction.Dispatch || e.Action == AppealAction.Reassign || e.Action == AppealAction.ApproveReturn))
            .GroupBy(e => e.RegionId)
            .Select(g => new StepCount
            {
                Key = g.Key, Assignments = g.Count(e => e.Action != AppealAction.ApproveReturn), Returns = g.Count(e => e.Action == AppealAction.ApproveReturn),
            })
            .ToListAsync(ct);

    public async Task<List<ReceivedCount>> ReceivedByCountyAsync(DateTime start, DateTime end, CancellationToken ct) =>
        await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ReceivedAt >= start && a.ReceivedAt < end && a.Status != AppealStatus.Merged)
            .GroupBy(a => a.RegionId)
            .Select(g => new ReceivedCount(g.Key, g.Count(), g.Count(a => a.Status == AppealStatus.Answered)))
            .ToListAsync(ct);
}
