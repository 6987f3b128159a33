using Microsoft.AspNetCore.Http.HttpResults;

namespace Yingshang.Web.Features.Enterprises.Profile;

internal static class ProfileEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{uscc}", GetAsync)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("按统一社会信用代码查询企业（一企一档的基本信息，含规模划型依据）");

    private static async Task<Results<Ok<EnterpriseDetails>, ProblemHttpResult>> GetAsync(string uscc, EnterpriseProfile profile, CancellationToken ct) =>
        await profile.FindAsync(uscc, ct) is { } details
            ? TypedResults.Ok(details)
            : TypedResults.Problem($"名录中没有统一社会信用代码为 {uscc.Trim().ToUpperInvariant()} 的市场主体", statusCode: 404, title: "未找到企业");
}
