using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Suggest;

public sealed record ModelInfo(string Basis, int History, int Knowledge, int Keywords, string? TrainedAt);

/// <summary>
/// Acceptance = dispatches whose lead department was the suggested one ÷ dispatches with a suggestion. Return rates =
/// dispatches later returned (approved 退单) ÷ dispatches, separately for accepted and overridden suggestions.
/// A rate is null when there is nothing to divide by.
/// </summary>
public sealed record SuggestionStatsDto(
    int Dispatches, int Accepted, double? AcceptanceRate, int AcceptedReturned, double? ReturnRateAccepted,
    int Overridden, int OverriddenReturned, double? ReturnRateOverridden, ModelInfo? Model);

public sealed class SuggestionStats(AppDbContext db, SuggestionModelHolder holder)
{
    public async Task<SuggestionStatsDto> GetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var records = db.Set<DispatchSuggestionRecord>().AsNoTracking();
        // Beijing dates of the dispatch, inclusive.
        if (from is { } f)
        {
            var start = ChinaTime.StartOfDay(f);
            records = records.Where(r => r.DispatchedAt >= start);
        }
        if (to is { } t)
        {
            var end = ChinaTime.StartOfNextDay(t);
            records = records.Where(r => r.DispatchedAt < end);
        }
        var groups = await records.GroupBy(r => new { r.Taken, r.Returned }).Select(g => new { g.Key.Taken, g.Key.Returned, Count = g.Count() })
            .ToListAsync(ct);
        int Count(bool taken, bool? returned = null) => groups.Where(g => g.Taken == taken && (returned is null || g.Returned == returned)).Sum(g => g.Count);
        var (accepted, overridden) = (Count(true), Count(false));
        var (acceptedReturned, overriddenReturned) = (Count(true, true), Count(false, true));
        var model = holder.Current is { } m
            ? new ModelInfo(m.Basis.ToString().ToLowerInvariant(), m.Size.History, m.Size.Knowledge, m.Size.Keywords, AppealReader.Iso(m.TrainedAt))
            : null;
        return new SuggestionStatsDto(accepted + overridden, accepted, Rate(accepted, accepted + overridden), acceptedReturned,
            Rate(acceptedReturned, accepted), overridden, overriddenReturned, Rate(overriddenReturned, overridden), model);
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
