using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Duplicates;

/// <summary>What is known of a call so far; any part may be missing while the operator types.</summary>
public sealed record DuplicateQuery(string? Phone, string? County, string? Content, int? Exclude = null, DateTime? Around = null);

public sealed record DuplicateCandidate(
    int Id, string Number, string Status, string StatusTitle, string ReceivedAt, string County, string Summary, bool SamePhone, double Similarity)
{
    public string Reason => SamePhone && Similarity >= DuplicateFinder.MinSimilarity
        ? $"同一来电号码，内容相似度 {Similarity:P0}"
        : SamePhone ? "同一来电号码（30 日内）" : $"同县市 7 日内，内容相似度 {Similarity:P0}";
}

/// <summary>
/// Open appeals that look like the same matter (README.md, "Duplicates"): the same phone number within 30 days, or, in
/// the same county within 7 days, a text similarity of at least <see cref="MinSimilarity"/> with at least
/// <see cref="MinShared"/> shared bigrams. Windows are around the reference time: now at intake, the appeal's receipt otherwise.
/// </summary>
public sealed partial class DuplicateFinder(AppDbContext db, TimeProvider clock)
{
    public const double MinSimilarity = 0.4;
    public const int MinShared = 3;
    public const int PhoneDays = 30;
    public const int TextDays = 7;
    private const int MaxCandidates = 500;

    private static readonly AppealStatus[] Open =
    [
        AppealStatus.Received, AppealStatus.Dispatched, AppealStatus.Signed, AppealStatus.Contacted, AppealStatus.Replied,
        AppealStatus.Reopened, AppealStatus.Returned, AppealStatus.Paused,
    ];

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DuplicateQuery q, int max, CancellationToken ct)
    {
        var phone = Spaces().Replace(q.Phone ?? "", "");
        var county = q.County?.Trim() ?? "";
        var code = county.ToUpperInvariant();
        int? regionId = county.Length == 0 ? null
            : await db.Regions.Where(r => r.Code == code || r.Name == county).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var shingles = TextSimilarity.Shingles(q.Content);
        var byText = regionId is not null && shingles.Count >= MinShared;
        if (phone.Length < 7 && !byText) return [];

        var around = q.Around ?? clock.GetUtcNow().UtcDateTime;
        var (phoneFrom, textFrom) = (around.AddDays(-PhoneDays), around.AddDays(-TextDays));
        var (phoneTo, textTo) = (around.AddDays(PhoneDays), around.AddDays(TextDays));
        var rows = await db.Appeals.AsNoTracking()
            .Where(a => Open.Contains(a.Status) && a.Id != (q.Exclude ?? 0))
            .Where(a => (phone.Length >= 7 && a.RequesterPhone == phone && a.ReceivedAt >= phoneFrom && a.ReceivedAt <= phoneTo)
                        || (byText && a.RegionId == regionId && a.ReceivedAt >= textFrom && a.ReceivedAt <= textTo))
            .OrderByDescending(a => a.ReceivedAt).Take(MaxCandidates)
            .Select(a => new { a.Id, a.Number, a.Status, a.ReceivedAt, a.RegionId, a.Content, a.RequesterPhone })
            .ToListAsync(ct);
        var counties = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);

        var found = new List<DuplicateCandidate>();
        foreach (var a in rows)
        {
            var samePhone = phone.Length >= 7 && a.RequesterPhone == phone;
            var (score, shared) = TextSimilarity.Of(shingles, TextSimilarity.Shingles(a.Content));
            var similar = byText && a.RegionId == regionId && score >= MinSimilarity && shared >= MinShared && Math.Abs((a.ReceivedAt - around).TotalDays) <= TextDays;
            if (!samePhone && !similar) continue;
            found.Add(new DuplicateCandidate(a.Id, a.Number, a.Status.Code(), a.Status.Title(), AppealReader.Iso(a.ReceivedAt)!,
                counties.GetValueOrDefault(a.RegionId, ""), Platform.Notifications.PhoneMask.MaskAndCut(a.Content, 60), samePhone, Math.Round(score, 2)));
        }
        return [.. found.OrderByDescending(d => d.Similarity).ThenBy(d => d.ReceivedAt, StringComparer.Ordinal).Take(max)];
    }

    /// <summary>The appeal a duplicate should be merged into: the earliest of the candidates received before it.</summary>
    public static DuplicateCandidate? Survivor(IEnumerable<DuplicateCandidate> candidates, string receivedAt) =>
        candidates.Where(c => string.CompareOrdinal(c.ReceivedAt, receivedAt) < 0).MinBy(c => c.ReceivedAt);

    [GeneratedRegex(@"\s")]
    private static partial Regex Spaces();
}
