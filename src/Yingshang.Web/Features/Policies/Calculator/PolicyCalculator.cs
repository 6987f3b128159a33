using Yingshang.Eligibility;
using Yingshang.Web.Features.Policies.Evaluate;
using Facts = Yingshang.Eligibility.Data.EnterpriseFacts;

namespace Yingshang.Web.Features.Policies.Calculator;

/// <summary>One benefit for one enterprise: the explanation and, when it almost qualifies, the conditions any one of which would suffice.</summary>
public sealed record CalculatedBenefit(BenefitInForce Benefit, Explanation Explanation, IReadOnlyList<ConditionResult> OneShort)
{
    /// <summary>The conditions that are not true (false or unknown): why it does not qualify.</summary>
    public IEnumerable<ConditionResult> Failing => Explanation.Conditions.Where(c => c.Result != Truth.True);
}

public sealed record CalculatorResult(DateOnly AsOf, IReadOnlyList<CalculatedBenefit> Eligible, IReadOnlyList<CalculatedBenefit> Almost, IReadOnlyList<CalculatedBenefit> Others);

/// <summary>政策计算器: every benefit in force at a date, split into eligible, one condition short, and the rest.</summary>
public sealed class PolicyCalculator(PolicyEvaluator evaluator)
{
    public async Task<CalculatorResult> CalculateAsync(Facts facts, DateOnly asOf, CancellationToken ct)
    {
        var benefits = await evaluator.InForceAsync(asOf, null, ct);
        var rules = PolicyEvaluator.Compile(benefits);
        List<CalculatedBenefit> eligible = [], almost = [], others = [];
        foreach (var benefit in benefits)
        {
            var explanation = rules.Explain(facts, benefit.Code, asOf);
            if (explanation.Outcome == Outcome.Eligible)
            {
                eligible.Add(new CalculatedBenefit(benefit, explanation, []));
                continue;
            }
            var shortOf = rules.OneConditionShort(facts, benefit.Code, asOf);
            (shortOf.Count > 0 ? almost : others).Add(new CalculatedBenefit(benefit, explanation, shortOf));
        }
        return new CalculatorResult(asOf, eligible, almost, others);
    }
}

/// <summary>A table of the calculator; on the public page policies are not linked (their pages need a login) and each rule is also worded in Chinese.</summary>
public sealed record BenefitGroup(string Title, IReadOnlyList<CalculatedBenefit> Items, bool Public = false);
