using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

public sealed record TrendPoint(string Period, string Label, double? Composite, double? Response, double? Resolution, double? Satisfaction);

/// <summary>One unit's composite and its three parts over the months up to a period (one grouped query per month).</summary>
public sealed class RateTrend(AppDbContext db, AppealRates rates, RateSettingsStore settings)
{
    public const int Months = 12;

    public async Task<IReadOnlyList<TrendPoint>> ForAsync(RatePeriod last, RateGrouping grouping, string key, CancellationToken ct)
    {
        var id = grouping == RateGrouping.Department
            ? await db.Departments.AsNoTracking().Where(d => d.Code == key).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
            : await db.Regions.AsNoTracking().Where(r => r.Code == key).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (id is null) return [];
        var weights = (await settings.GetAsync(ct)).Weights;
        var points = new List<TrendPoint>();
        foreach (var month in last.TrailingMonths(Months))
        {
            var counts = (await rates.CountAsync(month, grouping, ct)).GetValueOrDefault(id.Value) ?? new RateCounts();
            var row = RateFormulas.Row(key, key, counts, weights);
            points.Add(new TrendPoint(month.Code, $"{month.FirstMonth}月", row.Composite, row.ResponseRate, row.ResolutionRate, row.SatisfactionRate));
        }
        return points;
    }
}
