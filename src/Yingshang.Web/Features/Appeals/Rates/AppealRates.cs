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
public sealed class AppealRates(AppDbContext db, RateQueries queries, TimeProvider clock, RateSettingsStore settings)
{
    public async Task<RatesReport> ComputeAsync(RatePeriod period, RateGrouping grouping, CancellationToken ct)
    {
        var config = await settings.GetAsync(ct);
        var (counts, total) = await CountWithTotalAsync(period, grouping, withTotal: true, ct);
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
        (await CountWithTotalAsync(period, grouping, withTotal: false, ct)).Counts;

    /// <summary>
    /// The units' counts and the prefecture's total from one set of queries: every cohort appeal has one lead department
    /// and one county and every step one appeal, so the total is the sum over any grouping, null keys included.
    /// </summary>
    private async Task<(Dictionary<int, RateCounts> Counts, RateCounts Total)> CountWithTotalAsync(
        RatePeriod period, RateGrouping grouping, bool withTotal, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var handling = await queries.HandlingAsync(start, end, clock.GetUtcNow().UtcDateTime, grouping, ct);
        var steps = grouping == RateGrouping.Department
            ? await queries.StepsByDepartmentAsync(start, end, ct)
            : await queries.StepsByCountyAsync(start, end, ct);
        var received = grouping == RateGrouping.County || withTotal ? await queries.ReceivedByCountyAsync(start, end, ct) : [];

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
            // 直接答复率 belongs to the centre; per county it is the share of that county's calls the centre settled itself.
            foreach (var r in received)
                result[r.Key] = (result.GetValueOrDefault(r.Key) ?? new RateCounts()) with { Received = r.Received, Answered = r.Answered };
            foreach (var id in result.Keys.ToList()) result[id] = result[id] with { HasDirectAnswers = true };
        }
        return (result, total);
    }
}
