using Yingshang.Eligibility.Data;

namespace Yingshang.Eligibility.Tests;

/// <summary>Runs a rule through the compiled engine and the reference evaluator and insists they agree.</summary>
internal static class Engines
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    public static Explanation Explain(string rule, EnterpriseFacts enterprise, string? amount = null, DateOnly? asOf = null)
    {
        var rules = RuleSet.Compile([new BenefitRule("b", rule, amount)]);
        var date = asOf ?? AsOf;
        var compiled = rules.Evaluate(Register.Build([enterprise]), date).Explain(0, 0);
        var reference = rules.Explain(enterprise, "b", date);
        Same(compiled, reference);
        return compiled;
    }

    public static Outcome Outcome(string rule, EnterpriseFacts enterprise, DateOnly? asOf = null) =>
        Explain(rule, enterprise, asOf: asOf).Outcome;

    public static void Same(Explanation compiled, Explanation reference)
    {
        compiled.Outcome.ShouldBe(reference.Outcome);
        compiled.Amount.ShouldBe(reference.Amount);
        compiled.Conditions.Count.ShouldBe(reference.Conditions.Count);
        for (var i = 0; i < compiled.Conditions.Count; i++)
        {
            var (c, r) = (compiled.Conditions[i], reference.Conditions[i]);
            c.Condition.ShouldBe(r.Condition);
            c.Field.ShouldBe(r.Field);
            c.Result.ShouldBe(r.Result, c.Condition);
            if (c.Value is string[] tags) tags.ShouldBe((string[])r.Value!);
            else c.Value.ShouldBe(r.Value, c.Condition);
        }
    }

    public static readonly EnterpriseFacts Full = new()
    {
        Kind = "企业",
        County = "东城县",
        Industry = "C3911",
        Established = new DateOnly(2020, 6, 15),
        RegisteredCapital = 5_000_000m,
        Employees = 120,
        InsuredEmployees = 100,
        Revenue = 80_000_000.50m,
        TaxPaid = 1_200_000m,
        TaxCredit = "A",
        Size = "中型",
        Tags = ["专精特新", "高新技术企业"],
        Abnormal = false,
        Dishonest = false,
        RiskClass = "B",
    };

    public static readonly EnterpriseFacts Empty = new();
}
