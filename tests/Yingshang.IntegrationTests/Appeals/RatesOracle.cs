using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Rates;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>
/// The rates as they were computed before the roll-up: four GROUP BY queries over the appeals and events themselves
/// (the app's RateQueries and AppealRates up to that change, copied; the events by department through LINQ rather than
/// its raw SQL, the same definition). The roll-up must give the same answer.
/// </summary>
internal static class RatesOracle
{
    public static async Task<RatesReport> ComputeAsync(AppDbContext db, RatePeriod period, RateGrouping grouping, DateTime now, CancellationToken ct)
    {
        var config = await new RateSettingsStore(db).GetAsync(ct);
        var (counts, total) = await CountWithTotalAsync(db, period, grouping, now, ct);
        var names = grouping == RateGrouping.Department
            ? await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Code, d.Name }).ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), ct)
            : await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code, r.Name }).ToDictionaryAsync(r => r.Id, r => (r.Code, r.Name), ct);
        if (grouping == RateGrouping.County)
        {
            foreach (var id in await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).Select(r => r.Id).ToListAsync(ct))
                counts.TryAdd(id, new RateCounts { HasDirectAnswers = true });
        }
        var rows = counts.Where(c => names.ContainsKey(c.Key))
            .Select(c => RateFormulas.Row(names[c.Key].Code, names[c.Key].Name, c.Value, config.Weights));
        return new RatesReport(period.Code, period.Title, grouping == RateGrouping.Department ? "department" : "county",
            RateSettingsDto.Of(config), RateFormulas.Ranked(rows), RateFormulas.Row("SFZ", "全州", total, config.Weights));
    }

    public static async Task<(Dictionary<int, RateCounts> Counts, RateCounts Total)> CountWithTotalAsync(
        AppDbContext db, RatePeriod period, RateGrouping grouping, DateTime now, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var handling = await HandlingAsync(db, start, end, now, grouping, ct);
        var steps = grouping == RateGrouping.Department ? await StepsByDepartmentAsync(db, start, end, ct) : await StepsByCountyAsync(db, start, end, ct);
        var received = await ReceivedByCountyAsync(db, start, end, ct);

        var total = handling.Values.Aggregate(new RateCounts { HasDirectAnswers = true }, RateCounts.Add) with
        {
            Assignments = steps.Sum(s => s.Assignments), Returns = steps.Sum(s => s.Returns),
            Received = received.Sum(r => r.Received), Answered = received.Sum(r => r.Answered),
        };
        var result = handling;
        foreach (var s in steps.Where(s => s.Key is not null))
            result[s.Key!.Value] = (result.GetValueOrDefault(s.Key.Value) ?? new RateCounts()) with { Assignments = s.Assignments, Returns = s.Returns };
        if (grouping == RateGrouping.County)
        {
            foreach (var r in received)
                result[r.Key] = (result.GetValueOrDefault(r.Key) ?? new RateCounts()) with { Received = r.Received, Answered = r.Answered };
            foreach (var id in result.Keys.ToList()) result[id] = result[id] with { HasDirectAnswers = true };
        }
        return (result, total);
    }

    private static async Task<Dictionary<int, RateCounts>> HandlingAsync(AppDbContext db, DateTime start, DateTime end, DateTime now, RateGrouping grouping, CancellationToken ct)
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

    private sealed record StepCount(int? Key, int Assignments, int Returns);

    private static async Task<List<StepCount>> StepsByDepartmentAsync(AppDbContext db, DateTime start, DateTime end, CancellationToken ct) =>
        await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .SelectMany(a => a.Events)
            .Where(e => e.At >= start && e.At < end
                        && (e.Action == AppealAction.Dispatch || e.Action == AppealAction.Reassign || e.Action == AppealAction.ApproveReturn))
            .GroupBy(e => e.DepartmentId)
            .Select(g => new StepCount(g.Key, g.Count(e => e.Action != AppealAction.ApproveReturn), g.Count(e => e.Action == AppealAction.ApproveReturn)))
            .ToListAsync(ct);

    private static async Task<List<StepCount>> StepsByCountyAsync(AppDbContext db, DateTime start, DateTime end, CancellationToken ct) =>
        await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .SelectMany(a => a.Events, (a, e) => new { a.RegionId, e.Action, e.At })
            .Where(e => e.At >= start && e.At < end
                        && (e.Action == AppealAction.Dispatch || e.Action == AppealAction.Reassign || e.Action == AppealAction.ApproveReturn))
            .GroupBy(e => e.RegionId)
            .Select(g => new StepCount(g.Key, g.Count(e => e.Action != AppealAction.ApproveReturn), g.Count(e => e.Action == AppealAction.ApproveReturn)))
            .ToListAsync(ct);

    private sealed record ReceivedCount(int Key, int Received, int Answered);

    private static async Task<List<ReceivedCount>> ReceivedByCountyAsync(AppDbContext db, DateTime start, DateTime end, CancellationToken ct) =>
        await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ReceivedAt >= start && a.ReceivedAt < end && a.Status != AppealStatus.Merged)
            .GroupBy(a => a.RegionId)
            .Select(g => new ReceivedCount(g.Key, g.Count(), g.Count(a => a.Status == AppealStatus.Answered)))
            .ToListAsync(ct);
}
