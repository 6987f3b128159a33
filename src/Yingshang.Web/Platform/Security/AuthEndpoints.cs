using Microsoft.AspNetCore.Http.HttpResults;

namespace Yingshang.Web.Platform.Security;

internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync).WithTags("认证").AllowAnonymous().RequireRateLimiting(Web.RateLimits.Public)
            .WithSummary("以用户名和密码换取访问令牌（Bearer）");
        return api;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        TokenRequest request, TokenIssuer issuer)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors["userName"] = ["请填写用户名"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["请填写密码"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "输入校验未通过");

        var token = await issuer.IssueAsync(request.UserName!, request.Password!);
        return token is null
            ? TypedResults.Problem(statusCode: 401, title: "认证失败", detail: "用户名或密码错误，或账户已被停用或锁定。")
            : TypedResults.Ok(token);
    }
}
