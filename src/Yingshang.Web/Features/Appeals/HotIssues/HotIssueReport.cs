using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.HotIssues;

public sealed record HotIssueAppeal(
    int Id, string Number, string ReceivedAt, string County, string? Department, string Status, string StatusTitle, string Summary, bool Current);

public sealed record HotIssue(
    int Key, string Label, IReadOnlyList<string> Keywords, int Size, int Before, double? Growth, IReadOnlyList<string> Counties,
    IReadOnlyList<string> Departments, IReadOnlyList<string> Categories, string FirstReceivedAt, string LastReceivedAt,
    IReadOnlyList<HotIssueAppeal> Appeals);

public sealed record HotIssuesReport(
    int Days, DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, string? County, string? Category,
    HotIssueSettingsDto Settings, int Considered, int Clusters, IReadOnlyList<HotIssue> Issues, string ComputedAt);

/// <summary>Clusters the appeals of both windows and keeps the clusters that grew (README.md, "Hot issues").</summary>
public sealed class HotIssueReport(AppDbContext db, HotIssueSettingsStore settings, TimeProvider clock)
{
    public async Task<HotIssuesReport> ComputeAsync(HotIssueQuery query, CancellationToken ct)
    {
        var window = HotIssueWindow.Parse(query.Days, clock);
        var (regionId, countyName) = await CountyAsync(query.County, ct);
        var category = string.IsNullOrWhiteSpace(query.Category) ? null : query.Category.Trim();
        if (category is { Length: > 50 }) throw new FieldValidationException("category", "分类最多 50 个字");
        var config = HotIssueSettingsDto.Of(await settings.GetAsync(ct));
        var (from, start, end) = (window.PreviousStartUtc, window.StartUtc, window.EndUtc);
        var rows = await db.Appeals.AsNoTracking()
            .Where(a => a.ReceivedAt >= from && a.ReceivedAt < end && a.Status != AppealStatus.Merged)
            .Where(a => regionId == null || a.RegionId == regionId)
            .Where(a => category == null || a.Category == category)
            .Select(a => new { a.Id, a.Number, a.ReceivedAt, a.Category, a.Content, a.RegionId, a.LeadDepartmentId, a.Status })
            .ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        var clusters = HotIssueClustering.Of(rows.Select(r => new ClusterInput(r.Id, r.ReceivedAt, r.Category, r.Content)));
        var counties = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        var issues = new List<HotIssue>();
        foreach (var c in clusters)
        {
            var size = c.Members.Count(m => m.ReceivedAt >= start);
            var before = c.Members.Count - size;
            if (!IsHot(size, before, config)) continue;
            var members = c.Members.Select(m => byId[m.Id]).OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).ToList();
            var keywords = HotIssueClustering.Keywords(members.Select(m => m.Content));
            issues.Add(new HotIssue(c.Key, keywords.Count > 0 ? string.Join("、", keywords) : Summary(members[^1].Content), keywords,
                size, before, before == 0 ? null : Math.Round(size / (double)before, 2),
                Distinct(members.Select(m => counties.GetValueOrDefault(m.RegionId, ""))),
                Distinct(members.Where(m => m.LeadDepartmentId != null).Select(m => departments.GetValueOrDefault(m.LeadDepartmentId!.Value, ""))),
                Distinct(members.Select(m => m.Category)),
                AppealReader.Iso(members[^1].ReceivedAt)!, AppealReader.Iso(members[0].ReceivedAt)!,
                [.. members.Select(m => new HotIssueAppeal(m.Id, m.Number, AppealReader.Iso(m.ReceivedAt)!, counties.GetValueOrDefault(m.RegionId, ""),
                    m.LeadDepartmentId is { } d ? departments.GetValueOrDefault(d) : null, m.Status.Code(), m.Status.Title(),
                    Summary(m.Content), m.ReceivedAt >= start))]));
        }
        var ordered = issues.OrderByDescending(i => i.Size).ThenByDescending(i => i.Growth ?? double.MaxValue).ThenBy(i => i.Key).ToList();
        return new HotIssuesReport(window.Days, window.From, window.To, window.PreviousFrom, window.PreviousTo, countyName, category,
            config, rows.Count, clusters.Count, ordered, AppealReader.Iso(clock.GetUtcNow().UtcDateTime)!);
    }

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
