using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Eligibility;
using Yingshang.Eligibility.Language;
using Yingshang.Web.Features.Policies.Calculator;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.PublicCalculator;

public sealed record PublicCondition(string Condition, string Field, object? Value, string Result);

public sealed record PublicBenefit(string Code, string Name, string Kind, string Mode, string Policy, string PolicyNumber, string Outcome,
    decimal? Amount, string Description, IReadOnlyList<PublicCondition> Conditions, IReadOnlyList<PublicCondition> OneConditionShort);

public sealed record PublicCalculation(DateOnly AsOf, IReadOnlyList<PublicBenefit> Eligible, IReadOnlyList<PublicBenefit> Almost, IReadOnlyList<PublicBenefit> Others)
{
    public static PublicCalculation From(CalculatorResult r) => new(r.AsOf, [.. r.Eligible.Select(Map)], [.. r.Almost.Select(Map)], [.. r.Others.Select(Map)]);

    /// <summary>Eligible: every condition (what it met); otherwise the conditions not met (false or unknown).</summary>
    private static PublicBenefit Map(CalculatedBenefit c)
    {
        var b = c.Benefit;
        var conditions = c.Explanation.Outcome == Eligibility.Outcome.Eligible ? c.Explanation.Conditions : c.Failing;
        return new PublicBenefit(b.Code, b.Name, b.Kind.Title(), b.Mode.Title(), b.PolicyTitle, b.PolicyNumber,
            c.Explanation.Outcome.ToString().ToLowerInvariant(), c.Explanation.Amount, RuleDescriber.Describe(b.Rule) ?? b.Rule,
            [.. conditions.Select(Condition)], [.. c.OneShort.Select(Condition)]);
    }

    private static PublicCondition Condition(ConditionResult r) => new(r.Condition, r.Field, r.Value, r.Result.ToString().ToLowerInvariant());
}

/// <summary>政策计算器 for anyone: attributes in, benefits out; nothing is stored. Anonymous and rate-limited.</summary>
internal static class PublicCalculateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGroup("/public/policies").WithTags("公众服务").AllowAnonymous().RequireRateLimiting(RateLimits.Public)
            .MapPost("/calculate", CalculateAsync)
            .WithSummary("政策计算器（无需登录）：按输入的企业情况列出可享受、差一个条件和其他的兑现事项及原因；不保存输入");

    private static async Task<Results<Ok<PublicCalculation>, ProblemHttpResult>> CalculateAsync(TypedAttributes request, DateOnly? asOf,
        PolicyCalculator calculator, TimeProvider clock, CancellationToken ct)
    {
        var date = asOf ?? ChinaTime.Today(clock);
        var errors = AttributeRules.Check(request, date);
        if (errors.Count > 0)
            return TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity, Title = "输入校验未通过",
                Detail = string.Join("；", errors.Select(e => $"{e.Key}: {e.Value[0]}")),
            });
        return TypedResults.Ok(PublicCalculation.From(await calculator.CalculateAsync(request.ToFacts(), date, ct)));
    }
}
