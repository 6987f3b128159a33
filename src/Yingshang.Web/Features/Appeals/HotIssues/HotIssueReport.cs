using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.HotIssues;

public sealed record HotIssueAppeal(
    int Id, string Number, string ReceivedAt, string County, string? Department, string Status, string StatusTitle, string Summary, bool Current);

/// <summary>
/// A hot issue: <c>Size</c> and <c>Before</c> count all its appeals; <c>Appeals</c> lists the newest
/// <see cref="HotIssueReport.AppealsShown"/> of them (fewer than <c>Size + Before</c> when it is larger).
/// </summary>
public sealed record HotIssue(
    int Key, string Label, IReadOnlyList<string> Keywords, int Size, int Before, double? Growth, IReadOnlyList<string> Counties,
    IReadOnlyList<string> Departments, IReadOnlyList<string> Categories, string FirstReceivedAt, string LastReceivedAt,
    IReadOnlyList<HotIssueAppeal> Appeals)
{
    /// <summary>Every appeal's id, newest first: what a 典型案例 recommendation takes (not part of the API's answer).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IReadOnlyList<int> AppealIds { get; init; } = [];
}

public sealed record HotIssuesReport(
    int Days, DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, string? County, string? Category,
    HotIssueSettingsDto Settings, int Considered, int Clusters, IReadOnlyList<HotIssue> Issues, string ComputedAt);

/// <summary>Clusters the appeals of both windows and keeps the clusters that grew (README.md, "Hot issues").</summary>
public sealed class HotIssueReport(AppDbContext db, HotIssueSettingsStore settings, TimeProvider clock)
{
    /// <summary>Appeals listed per hot issue, newest first; the counts cover all of them.</summary>
    public const int AppealsShown = 50;

    /// <summary>Texts a hot issue's keywords are drawn from: its newest appeals.</summary>
    public const int KeywordTexts = 200;

    public async Task<HotIssuesReport> ComputeAsync(HotIssueQuery query, CancellationToken ct)
    {
        var window = HotIssueWindow.Parse(query.Days, clock);
        var (regionId, countyName) = await CountyAsync(query.County, ct);
        var category = string.IsNullOrWhiteSpace(query.Category) ? null : query.Category.Trim();
        if (category is { Length: > 50 }) throw new FieldValidationException("category", "分类最多 50 个字");
        var config = HotIssueSettingsDto.Of(await settings.GetAsync(ct));
        var (from, start, end) = (window.PreviousStartUtc, window.StartUtc, window.EndUtc);
        // Two windows of up to 90 days each: the rows are streamed in id order into the clustering, which keeps no text,
        // and only each appeal's small facts are kept; texts are read again for the hot issues' shown appeals alone.
        var facts = new Dictionary<int, Fact>();
        var clusterer = new HotIssueClustering.Clusterer();
        await foreach (var r in db.Appeals.AsNoTracking()
                           .Where(a => a.ReceivedAt >= from && a.ReceivedAt < end && a.Status != AppealStatus.Merged)
                           .Where(a => regionId == null || a.RegionId == regionId)
                           .Where(a => category == null || a.Category == category)
                           .OrderBy(a => a.Id)
                           .Select(a => new { a.Id, a.ReceivedAt, a.Category, a.Content, a.RegionId, a.LeadDepartmentId, a.Status })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            facts[r.Id] = new Fact(r.ReceivedAt, r.Category, r.RegionId, r.LeadDepartmentId, r.Status);
            clusterer.Add(new ClusterInput(r.Id, r.ReceivedAt, r.Category, r.Content));
        }
        var clusters = clusterer.Clusters;
        var hot = clusters
            .Select(c => (Cluster: c, Size: c.Members.Count(m => m.ReceivedAt >= start)))
            .Where(c => IsHot(c.Size, c.Cluster.Members.Count - c.Size, config))
            .Select(c => (c.Cluster, c.Size, Newest: c.Cluster.Members.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).ToList()))
            .ToList();
        var wanted = hot.SelectMany(h => h.Newest.Take(KeywordTexts).Append(h.Newest[^1])).Select(m => m.Id).Distinct().ToList();
        var texts = new Dictionary<int, (string Number, string Content)>();
        foreach (var chunk in wanted.Chunk(1_000))
            foreach (var t in await db.Appeals.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.Number, a.Content }).ToListAsync(ct))
                texts[t.Id] = (t.Number, t.Content);
        var counties = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        var issues = new List<HotIssue>();
        foreach (var (c, size, newest) in hot)
        {
            var before = newest.Count - size;
            var all = newest.Select(m => facts[m.Id]).ToList();
            var keywords = HotIssueClustering.Keywords(newest.Take(KeywordTexts).Select(m => texts[m.Id].Content));
            issues.Add(new HotIssue(c.Key, keywords.Count > 0 ? string.Join("、", keywords) : Summary(texts[newest[^1].Id].Content), keywords,
                size, before, before == 0 ? null : Math.Round(size / (double)before, 2),
                Distinct(all.Select(f => counties.GetValueOrDefault(f.RegionId, ""))),
                Distinct(all.Where(f => f.LeadDepartmentId != null).Select(f => departments.GetValueOrDefault(f.LeadDepartmentId!.Value, ""))),
                Distinct(all.Select(f => f.Category)),
                AppealReader.Iso(newest[^1].ReceivedAt)!, AppealReader.Iso(newest[0].ReceivedAt)!,
                [.. newest.Take(AppealsShown).Select(m => (m.Id, Fact: facts[m.Id], Text: texts[m.Id])).Select(m => new HotIssueAppeal(m.Id, m.Text.Number,
                    AppealReader.Iso(m.Fact.ReceivedAt)!, counties.GetValueOrDefault(m.Fact.RegionId, ""),
                    m.Fact.LeadDepartmentId is { } d ? departments.GetValueOrDefault(d) : null, m.Fact.Status.Code(), m.Fact.Status.Title(),
                    Summary(m.Text.Content), m.Fact.ReceivedAt >= start))])
            {
                AppealIds = [.. newest.Select(m => m.Id)],
            });
        }
        var ordered = issues.OrderByDescending(i => i.Size).ThenByDescending(i => i.Growth ?? double.MaxValue).ThenBy(i => i.Key).ToList();
        return new HotIssuesReport(window.Days, window.From, window.To, window.PreviousFrom, window.PreviousTo, countyName, category,
            config, facts.Count, clusters.Count, ordered, AppealReader.Iso(clock.GetUtcNow().UtcDateTime)!);
    }

    private sealed record Fact(DateTime ReceivedAt, string Category, int RegionId, int? LeadDepartmentId, AppealStatus Status);

    /// <summary>Hot: big enough now, and new or grown by at least the configured factor.</summary>
    public static bool IsHot(int size, int before, HotIssueSettingsDto config) =>
        size >= config.MinSize && (before == 0 || size >= (double)config.MinGrowth * before);

    private async Task<(int? Id, string? Name)> CountyAsync(string? county, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(county)) return (null, null);
        var text = county.Trim();
        var code = text.ToUpperInvariant();
        var region = await db.Regions.AsNoTracking().Where(r => r.Code == code || r.Name == text).Select(r => new { r.Id, r.Name }).FirstOrDefaultAsync(ct);
        return region is null ? throw new FieldValidationException("county", $"县市“{text}”不存在") : (region.Id, region.Name);
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        [.. values.Where(v => v.Length > 0).GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

    private static string Summary(string content) => Platform.Notifications.PhoneMask.MaskAndCut(content, 60);
}
