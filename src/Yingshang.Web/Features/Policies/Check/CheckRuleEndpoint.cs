using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Eligibility.Language;

namespace Yingshang.Web.Features.Policies.Check;

public sealed record CheckRuleRequest(string? Rule, string? Amount);

public sealed record CheckRuleResponse(bool Valid, IReadOnlyList<RuleErrorBody> Errors);

internal static class CheckRuleEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/rules/check", Check).WithSummary("校验规则（rule）或金额公式（amount）；返回 valid 与带位置的错误");

    private static Results<Ok<CheckRuleResponse>, ProblemHttpResult> Check(CheckRuleRequest request)
    {
        if (request.Rule is null == request.Amount is null)
            return TypedResults.Problem(statusCode: 400, title: "请求格式错误", detail: "请提供 rule 或 amount 之一");
        var result = request.Rule is not null ? RuleChecker.Check(request.Rule) : RuleChecker.CheckAmount(request.Amount);
        return TypedResults.Ok(new CheckRuleResponse(result.Valid, RuleProblems.Errors(result.Errors)));
    }
}
