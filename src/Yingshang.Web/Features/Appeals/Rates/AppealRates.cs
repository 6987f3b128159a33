using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

public enum RateGrouping { Department, County }

public sealed record RatesReport(
    string Period, string PeriodTitle, string GroupBy, RateSettingsDto Settings, IReadOnlyList<RateRow> Rows, RateRow? Total);

/// <summary>
/// The rates of every department or county in one period, aggregated by the database (GROUP BY with conditional
/// counts on both providers); the appeals themselves are never loaded. Definitions in README.md, "Rates".
/// </summary>
public sealed class AppealRates(AppDbContext db, TimeProvider clock, RateSettingsStore settings)
{
    public async Task<RatesReport> ComputeAsync(RatePeriod period, RateGrouping grouping, CancellationToken ct)
    {
        var config = await settings.GetAsync(ct);
        var counts = await CountAsync(period, grouping, ct);
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
        var total = await TotalAsync(period, ct);
        return new RatesReport(period.Code, period.Title, grouping == RateGrouping.Department ? "department" : "county",
            RateSettingsDto.Of(config), RateFormulas.Ranked(rows), RateFormulas.Row("SFZ", "全州", total, config.Weights));
    }

    public async Task<string?> DepartmentCodeAsync(int id, CancellationToken ct) =>
        await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => d.Code).FirstOrDefaultAsync(ct);

    /// <summary>The prefecture as a whole: the sum of the counties (every appeal has exactly one county).</summary>
    private async Task<RateCounts> TotalAsync(RatePeriod period, CancellationToken ct) =>
        (await CountAsync(period, RateGrouping.County, ct)).Values.Aggregate(new RateCounts { HasDirectAnswers = true }, RateCounts.Add);

    public async Task<Dictionary<int, RateCounts>> CountAsync(RatePeriod period, RateGrouping grouping, CancellationToken ct)
    {
        var (start, end, now) = (period.Start, period.End, clock.GetUtcNow().UtcDateTime);
        var appeals = db.Appeals.IgnoreQueryFilters().AsNoTracking();
        var cohort = appeals.Where(a => a.FirstDispatchedAt >= start && a.FirstDispatchedAt < end
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

        var steps = appeals.SelectMany(a => a.Events, (a, e) => new { a.RegionId, e.DepartmentId, e.Action, e.At })
            .Where(e => e.At >= start && e.At < end
                        && (e.Action == AppealAction.Dispatch || e.Action == AppealAction.Reassign || e.Action == AppealAction.ApproveReturn));
        var returns = await (grouping == RateGrouping.Department
                ? steps.GroupBy(e => e.DepartmentId).Select(g => new
                    { g.Key, Assignments = g.Count(e => e.Action != AppealAction.ApproveReturn), Returns = g.Count(e => e.Action == AppealAction.ApproveReturn) })
                : steps.GroupBy(e => (int?)e.RegionId).Select(g => new
                    { g.Key, Assignments = g.Count(e => e.Action != AppealAction.ApproveReturn), Returns = g.Count(e => e.Action == AppealAction.ApproveReturn) }))
            .ToListAsync(ct);

        var result = handling.Where(h => h.Key is not null).ToDictionary(h => h.Key!.Value, h => h.Counts);
        foreach (var r in returns.Where(r => r.Key is not null))
            result[r.Key!.Value] = (result.GetValueOrDefault(r.Key.Value) ?? new RateCounts()) with { Assignments = r.Assignments, Returns = r.Returns };
        if (grouping == RateGrouping.County) await AddDirectAnswersAsync(result, start, end, ct);
        return result;
    }

    /// <summary>直接答复率 belongs to the centre; per county it is the share of that county's calls the centre settled itself.</summary>
    private async Task AddDirectAnswersAsync(Dictionary<int, RateCounts> result, DateTime start, DateTime end, CancellationToken ct)
    {
        var received = await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ReceivedAt >= start && a.ReceivedAt < end && a.Status != AppealStatus.Merged)
            .GroupBy(a => a.RegionId)
            .Select(g => new { g.Key, Received = g.Count(), Answered = g.Count(a => a.Status == AppealStatus.Answered) })
            .ToListAsync(ct);
        foreach (var r in received)
            result[r.Key] = (result.GetValueOrDefault(r.Key) ?? new RateCounts()) with { Received = r.Received, Answered = r.Answered };
        foreach (var id in result.Keys.ToList()) result[id] = result[id] with { HasDirectAnswers = true };
    }
}
