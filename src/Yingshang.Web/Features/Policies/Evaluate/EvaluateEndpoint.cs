using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Eligibility;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Policies.Evaluate;

public sealed record EvaluationBody(string Benefit, string Outcome, decimal? Amount, IReadOnlyList<ConditionBody> Explanation);

public sealed record ConditionBody(string Condition, string Field, object? Value, string Result);

internal static class EvaluateEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/evaluate", EvaluateAsync).WithSummary("某企业在 asOf（默认今天）是否符合某兑现事项，逐条说明条件、取值与结果");

    private static async Task<Results<Ok<EvaluationBody>, ProblemHttpResult>> EvaluateAsync(string? uscc, string? benefit, string? asOf,
        PolicyEvaluator evaluator, IEnterpriseDirectory directory, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(uscc) || string.IsNullOrWhiteSpace(benefit))
            return TypedResults.Problem(statusCode: 400, title: "请求格式错误", detail: "需要 uscc 和 benefit 参数");
        var date = Platform.Time.ChinaTime.Today(clock);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", out date))
            return TypedResults.Problem(statusCode: 400, title: "请求格式错误", detail: "asOf 应为 yyyy-MM-dd 格式的日期");
        var check = Uscc.Check(uscc);
        if (!check.IsValid) throw new FieldValidationException("uscc", check.Error!);
        var enterprise = await directory.FindAsync(check.Value, ct);
        if (enterprise is null) return TypedResults.Problem(statusCode: 404, title: "企业不存在", detail: $"企业名录中没有统一社会信用代码为 {check.Value} 的市场主体");
        var inForce = await evaluator.InForceAsync(date, benefit.Trim(), ct);
        if (inForce.Count == 0)
            throw new FieldValidationException("benefit", $"兑现事项“{benefit}”不存在，或在 {date:yyyy-MM-dd} 没有生效的政策与规则版本");
        return TypedResults.Ok(ToBody(PolicyEvaluator.Compile(inForce).Explain(PolicyEvaluator.ToFacts(enterprise), inForce[0].Code, date)));
    }

    public static EvaluationBody ToBody(Explanation e) => new(e.Benefit, Word(e.Outcome), e.Amount,
        [.. e.Conditions.Select(c => new ConditionBody(c.Condition, c.Field, c.Value, c.Result.ToString().ToLowerInvariant()))]);

    public static string Word(Outcome outcome) => outcome.ToString().ToLowerInvariant();
}
