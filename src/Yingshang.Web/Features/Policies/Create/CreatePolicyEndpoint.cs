using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Policies.Browse;

namespace Yingshang.Web.Features.Policies.Create;

internal static class CreatePolicyEndpoint
{
    public static void Map(RouteGroupBuilder group, string writePolicy) =>
        group.MapPost("/", CreateAsync).RequireAuthorization(writePolicy)
            .WithSummary("登记政策文件及其兑现事项（规则与金额公式保存前校验，错误返回 422 与位置）");

    private static async Task<Created<PolicyDetail>> CreateAsync(CreatePolicy request, CreatePolicyHandler handler, PolicyQueries queries, CancellationToken ct)
    {
        var policy = (await handler.HandleAsync(request, ct))!;
        return TypedResults.Created($"/api/v1/policies/{policy.Id}", await queries.DetailAsync(policy.Id, ct));
    }
}
