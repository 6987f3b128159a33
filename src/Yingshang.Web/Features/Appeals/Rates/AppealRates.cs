using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

public enum RateGrouping { Department, County }

public sealed record RatesReport(
    string Period, string PeriodTitle, string GroupBy, RateSettingsDto Settings, IReadOnlyList<RateRow> Rows, RateRow? Total);

/// <summary>
/// The rates of every department or county in one period, from the roll-up and the live late counts
/// (<see cref="RateQueries"/>); the appeals themselves are never loaded. Definitions in README.md, "Rates".
/// </summary>
public sealed class AppealRates(AppDbContext db, RateQueries queries, TimeProvider clock, RateSettingsStore settings)
{
    public async Task<RatesReport> ComputeAsync(RatePeriod period, RateGrouping grouping, CancellationToken ct)
    {
        var config = await settings.GetAsync(ct);
        var (counts, total) = await CountWithTotalAsync(period, grouping, ct);
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

    public async Task<string?> DepartmentCodeAsync(int id, CancellationToken ct) =>
        await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => d.Code).FirstOrDefaultAsync(ct);

    public async Task<Dictionary<int, RateCounts>> CountAsync(RatePeriod period, RateGrouping grouping, CancellationToken ct) =>
        (await CountWithTotalAsync(period, grouping, ct)).Counts;

    /// <summary>
    /// The units' counts and the prefecture's total from the roll-up (static counts) and the live late counts: every
    /// cohort appeal has one lead department and one county and every step one appeal, so the total is the sum over any
    /// grouping, rows without a department included. A unit is listed when it has cohort appeals or steps (or, by
    /// county, calls received) in the period, as when these were counted over the appeals themselves.
    /// </summary>
    private async Task<(Dictionary<int, RateCounts> Counts, RateCounts Total)> CountWithTotalAsync(
        RatePeriod period, RateGrouping grouping, CancellationToken ct)
    {
        var sums = await queries.CountsAsync(period, grouping, ct);
        var late = await queries.LateAsync(period.Start, period.End, clock.GetUtcNow().UtcDateTime, grouping, ct);
        var byCounty = grouping == RateGrouping.County;
        var total = new RateCounts { HasDirectAnswers = true };
        var result = new Dictionary<int, RateCounts>();
        foreach (var (key, v) in sums)
        {
            var counts = Counts(v, late.GetValueOrDefault(key) ?? new LateCount(0, 0, 0));
            total += counts;
            var listed = v.Dispatched > 0 || v.Assignments + v.Returns > 0 || (byCounty && v.Received > 0);
            if (!listed || (!byCounty && key == RateKey.NoDepartment)) continue;
            // 直接答复率 belongs to the centre; per county it is the share of that county's calls the centre settled itself.
            result[key] = byCounty ? counts with { HasDirectAnswers = true } : counts with { Received = 0, Answered = 0 };
        }
        return (result, total);
    }

    private static RateCounts Counts(RateVector v, LateCount late) => new()
    {
        Dispatched = v.Dispatched, SignDue = v.SignedCount + late.Sign, SignedOnTime = v.SignedOnTime,
        ContactDue = v.Contacted + late.Contact, ContactedOnTime = v.ContactedOnTime, CloseDue = v.Replied + late.Close,
        ClosedOnTime = v.ClosedOnTime, Visited = v.Visited, Resolved = v.Resolved, Rated = v.Rated, Satisfied = v.Satisfied,
        BasicSatisfied = v.BasicSatisfied, Replied = v.RepliedOrReopened, Reopened = v.Reopened, Assignments = v.Assignments,
        Returns = v.Returns, Received = v.Received, Answered = v.Answered,
    };
}
