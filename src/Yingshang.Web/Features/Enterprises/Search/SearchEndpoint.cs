using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Search;

internal static class SearchEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync)
            .WithSummary("企业名录（分页；q 名称或代码，county 县市名称，industry 行业代码前缀，size 规模或“未知”，tag 标签，sort 排序）");

    private static async Task<Ok<PagedResult<EnterpriseListItem>>> ListAsync(SearchEnterprises search, [AsParameters] PageRequest page,
        string? q, string? county, string? industry, string? size, string? tag, string? sort, CancellationToken ct) =>
        TypedResults.Ok(await search.PageAsync(new EnterpriseSearch(q, county, industry, size, tag, sort), page, ct));
}
