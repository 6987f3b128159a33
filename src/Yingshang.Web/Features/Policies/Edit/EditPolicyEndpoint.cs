using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Policies.Browse;

namespace Yingshang.Web.Features.Policies.Edit;

internal static class EditPolicyEndpoint
{
    public static void Map(RouteGroupBuilder group, string writePolicy) =>
        group.MapPut("/{id:int}", EditAsync).RequireAuthorization(writePolicy)
            .WithSummary("修改政策文件及其兑现事项（草稿直接改写规则；已发布的规则修改须给出 ruleEffectiveFrom，成为新版本）");

    private static async Task<Results<Ok<PolicyDetail>, NotFound>> EditAsync(int id, EditPolicy request, EditPolicyHandler handler, PolicyQueries queries, CancellationToken ct) =>
        await handler.HandleAsync(id, request, ct) is { } policy ? TypedResults.Ok((await queries.DetailAsync(policy.Id, ct))!) : TypedResults.NotFound();
}
