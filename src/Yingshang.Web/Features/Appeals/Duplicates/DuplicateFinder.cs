using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Duplicates;

/// <summary>What is known of a call so far; any part may be missing while the operator types.</summary>
public sealed record DuplicateQuery(string? Phone, string? County, string? Content, int? Exclude = null, DateTime? Around = null);

/// <summary>The candidates found; <c>Partial</c> (with a note saying so) when the window held more open appeals than are compared.</summary>
public sealed record DuplicateResult(IReadOnlyList<DuplicateCandidate> Items, bool Partial, string? Note)
{
    public static readonly DuplicateResult None = new([], false, null);
}

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
public sealed partial class DuplicateFinder(AppDbContext db, TimeProvider clock, IConfiguration configuration)
{
    public const double MinSimilarity = 0.4;
    public const int MinShared = 3;
    public const int PhoneDays = 30;
    public const int TextDays = 7;
    /// <summary>
    /// A storm day can put tens of thousands of open appeals of one county in the text window: the newest this many are
    /// compared (in batches, so memory stays small), and the answer says it is partial instead of staying silent.
    /// </summary>
    public const int DefaultMaxCompared = 20_000;
    private const int Batch = 1_000;

    private int MaxCompared => Math.Max(1, configuration.GetValue("Appeals:Duplicates:MaxCompared", DefaultMaxCompared));


    private static readonly AppealStatus[] Open =
    [
        AppealStatus.Received, AppealStatus.Dispatched, AppealStatus.Signed, AppealStatus.Contacted, AppealStatus.Replied,
        AppealStatus.Reopened, AppealStatus.Returned, AppealStatus.Paused,
    ];

    public async Task<DuplicateResult> FindAsync(DuplicateQuery q, int max, CancellationToken ct)
    {
        var phone = Spaces().Replace(q.Phone ?? "", "");
        var county = q.County?.Trim() ?? "";
        var code = county.ToUpperInvariant();
        int? regionId = county.Length == 0 ? null
            : await db.Regions.Where(r => r.Code == code || r.Name == county).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var shingles = TextSimilarity.Shingles(q.Content);
        var byText = regionId is not null && shingles.Count >= MinShared;
        var byPhone = phone.Length >= 7;
        if (!byPhone && !byText) return DuplicateResult.None;

        var around = q.Around ?? clock.GetUtcNow().UtcDateTime;
        var open = db.Appeals.AsNoTracking().Where(a => Open.Contains(a.Status) && a.Id != (q.Exclude ?? 0));
        var counties = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var found = new Dictionary<int, DuplicateCandidate>();
        var partial = false;
        void Consider(Row a)
        {
            var samePhone = byPhone && a.RequesterPhone == phone;
            var (score, shared) = TextSimilarity.Of(shingles, TextSimilarity.Shingles(a.Content));
            var similar = byText && a.RegionId == regionId && score >= MinSimilarity && shared >= MinShared && Math.Abs((a.ReceivedAt - around).TotalDays) <= TextDays;
            if (!samePhone && !similar) return;
            found[a.Id] = new DuplicateCandidate(a.Id, a.Number, a.Status.Code(), a.Status.Title(), AppealReader.Iso(a.ReceivedAt)!,
                counties.GetValueOrDefault(a.RegionId, ""), Platform.Notifications.PhoneMask.MaskAndCut(a.Content, 60), samePhone, Math.Round(score, 2));
        }

        if (byPhone)
        {
            var (from, to) = (around.AddDays(-PhoneDays), around.AddDays(PhoneDays));
            partial |= await ScanAsync(open.Where(a => a.RequesterPhone == phone && a.ReceivedAt >= from && a.ReceivedAt <= to), Consider, ct);
        }
        if (byText)
        {
            var (from, to) = (around.AddDays(-TextDays), around.AddDays(TextDays));
            partial |= await ScanAsync(open.Where(a => a.RegionId == regionId && a.ReceivedAt >= from && a.ReceivedAt <= to), Consider, ct);
        }
        return new DuplicateResult([.. found.Values.OrderByDescending(d => d.Similarity).ThenBy(d => d.ReceivedAt, StringComparer.Ordinal).Take(max)], partial,
            partial ? $"时间窗内的在办诉求超过 {MaxCompared:N0} 件，只比对了最新受理的 {MaxCompared:N0} 件，更早的疑似重复可能未列出。" : null);
    }

    /// <summary>
    /// Reads the appeals newest received first in batches, up to <see cref="MaxCompared"/>; true when some were left unread.
    /// The order is by receipt, not id: ids come in blocks per instance, so with several instances a higher id is not newer.
    /// </summary>
    private async Task<bool> ScanAsync(IQueryable<Appeal> appeals, Action<Row> consider, CancellationToken ct)
    {
        var limit = MaxCompared;
        (DateTime At, int Id)? after = null;
        for (var compared = 0; compared < limit;)
        {
            var size = Math.Min(Batch, limit - compared);
            var batch = await Older(appeals, after).OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).Take(size)
                .Select(a => new Row(a.Id, a.Number, a.Status, a.ReceivedAt, a.RegionId, a.Content, a.RequesterPhone)).ToListAsync(ct);
            foreach (var row in batch) consider(row);
            if (batch.Count < size) return false;
            (compared, after) = (compared + size, (batch[^1].ReceivedAt, batch[^1].Id));
        }
        return await Older(appeals, after).AnyAsync(ct);
    }

    private static IQueryable<Appeal> Older(IQueryable<Appeal> appeals, (DateTime At, int Id)? than) => than is (DateTime at, int id)
        ? appeals.Where(a => a.ReceivedAt < at || (a.ReceivedAt == at && a.Id < id))
        : appeals;

    private sealed record Row(int Id, string Number, AppealStatus Status, DateTime ReceivedAt, int RegionId, string Content, string RequesterPhone);

    /// <summary>The appeal a duplicate should be merged into: the earliest of the candidates received before it.</summary>
    public static DuplicateCandidate? Survivor(IEnumerable<DuplicateCandidate> candidates, string receivedAt) =>
        candidates.Where(c => string.CompareOrdinal(c.ReceivedAt, receivedAt) < 0).MinBy(c => c.ReceivedAt);

    [GeneratedRegex(@"\s")]
    private static partial Regex Spaces();
}
