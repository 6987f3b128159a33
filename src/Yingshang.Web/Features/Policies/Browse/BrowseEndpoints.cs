using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Browse;

internal static class BrowseEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("政策文件（分页；q 标题、文号、发文机关或兑现事项，inForceOn 在该日有效）");
        group.MapGet("/{id:int}", DetailAsync).WithSummary("政策文件详情：兑现事项及其规则版本");
    }

    private static async Task<Ok<PagedResult<PolicyListItem>>> ListAsync(PolicyQueries queries, [AsParameters] PageRequest page, string? q, DateOnly? inForceOn, CancellationToken ct) =>
        TypedResults.Ok(await queries.PageAsync(new PolicySearch(q, inForceOn), page, ct));

    private static async Task<Results<Ok<PolicyDetail>, NotFound>> DetailAsync(int id, PolicyQueries queries, CancellationToken ct) =>
        await queries.DetailAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}
