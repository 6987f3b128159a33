using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Search;

public sealed record EnterpriseListItem
{
    public string Uscc { get; init; } = "";
    public string Name { get; init; } = "";
    public EnterpriseKind Kind { get; init; }
    public string? County { get; init; }
    public string? IndustryCode { get; init; }
    public string? IndustryName { get; init; }
    public SizeClass? Size { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool? Abnormal { get; init; }
    public bool? Dishonest { get; init; }
    public CreditRiskClass? RiskClass { get; init; }
}

/// <summary>The list's query string: <c>q, county, industry, size (大型…微型 or 未知), tag, sort</c>.</summary>
public sealed record EnterpriseSearch(string? Q, string? County, string? Industry, string? Size, string? Tag, string? Sort)
{
    public static readonly IReadOnlyList<(string Key, string Title)> Sorts =
        [("name", "名称"), ("uscc", "统一社会信用代码"), ("-established", "成立日期（新→旧）"), ("-employees", "从业人员（多→少）"), ("-revenue", "营业收入（高→低）")];

    public static bool IsUnknownSize(string? size) => size?.Trim() is "未知" or "unknown";

    /// <summary>Throws <see cref="BadHttpRequestException"/> for a size that is neither a class nor 未知.</summary>
    public EnterpriseFilter ToFilter()
    {
        SizeClass? size = null;
        if (!string.IsNullOrWhiteSpace(Size) && !IsUnknownSize(Size))
            size = EnterpriseTitles.ParseSize(Size) ?? throw new BadHttpRequestException($"size 只能为 大型、中型、小型、微型 或 未知，不能为“{Size}”");
        return new EnterpriseFilter { Text = Q, County = County, Industry = Industry, Size = size, SizeUnknown = IsUnknownSize(Size), Tag = Tag };
    }
}

public sealed class SearchEnterprises(AppDbContext db)
{
    public async Task<PagedResult<EnterpriseListItem>> PageAsync(EnterpriseSearch search, PageRequest page, CancellationToken ct)
    {
        var query = Sort(db.Enterprises.AsNoTracking().Filter(db, search.ToFilter()), search.Sort);
        var result = await query.Select(e => new EnterpriseListItem
        {
            Uscc = e.Uscc, Name = e.Name, Kind = e.Kind,
            County = db.Regions.Where(r => r.Id == e.CountyId).Select(r => r.Name).FirstOrDefault(),
            IndustryCode = e.IndustryCode, Size = e.Size, Tags = e.Tags,
            Abnormal = e.Abnormal, Dishonest = e.Dishonest, RiskClass = e.RiskClass,
        }).ToPageAsync(page, ct);
        var items = result.Items.Select(i => i with { IndustryName = i.IndustryCode is null ? null : IndustryCodes.Describe(i.IndustryCode) }).ToList();
        return result with { Items = items };
    }

    /// <summary>The filtered register in list order, at most <paramref name="max"/> rows.</summary>
    public Task<List<EnterpriseFacts>> ExportAsync(EnterpriseSearch search, int max, CancellationToken ct) =>
        Sort(db.Enterprises.AsNoTracking().Filter(db, search.ToFilter()), search.Sort).Take(max).ToFacts(db).ToListAsync(ct);

    private static IQueryable<Enterprise> Sort(IQueryable<Enterprise> query, string? sort) => sort switch
    {
        "uscc" => query.OrderBy(e => e.Uscc),
        "-established" => query.OrderBy(e => e.Established == null).ThenByDescending(e => e.Established).ThenBy(e => e.Id),
        "-employees" => query.OrderBy(e => e.Employees == null).ThenByDescending(e => e.Employees).ThenBy(e => e.Id),
        "-revenue" => query.OrderBy(e => e.Revenue == null).ThenByDescending(e => e.Revenue).ThenBy(e => e.Id),
        _ => query.OrderBy(e => e.Name).ThenBy(e => e.Id),
    };
}
