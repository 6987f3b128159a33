using Yingshang.Eligibility.Data;
using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Tests;

/// <summary>Random rules × random enterprises: the compiled engine must agree with the reference evaluator everywhere.</summary>
public sealed class PropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20261130)]
    public void Compiled_engine_agrees_with_the_reference_evaluator(int seed)
    {
        var random = new RandomRules(seed);
        var benefits = Enumerable.Range(0, 60).Select(i => new BenefitRule($"b{i}", random.Rule(), random.Amount())).ToList();
        benefits.ForEach(b => RuleChecker.Check(b.Rule).Errors.ShouldBeEmpty(b.Rule));
        // 9000 entities: two full blocks of 4096 and a partial last word, spread over threads.
        var enterprises = Enumerable.Range(0, 9000).Select(_ => random.Enterprise()).ToList();
        var asOf = new DateOnly(2026, 11, 30);
        var rules = RuleSet.Compile(benefits);

        var result = rules.Evaluate(Register.Build(enterprises), asOf);

        for (var b = 0; b < benefits.Count; b++)
        {
            for (var e = 0; e < enterprises.Count; e++)
            {
                var reference = rules.Explain(enterprises[e], benefits[b].Code, asOf);
                result.Outcome(e, b).ShouldBe(reference.Outcome, $"seed {seed}, enterprise {e}, rule {benefits[b].Rule}");
                if (e % 7 == 0) Engines.Same(result.Explain(e, b), reference);
            }
        }
    }

    [Fact]
    public void Counts_and_listings_match_the_outcomes()
    {
        var random = new RandomRules(7);
        var enterprises = Enumerable.Range(0, 5000).Select(_ => random.Enterprise()).ToList();
        var rules = RuleSet.Compile([new BenefitRule("b", random.Rule())]);

        var result = rules.Evaluate(Register.Build(enterprises), Engines.AsOf);

        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            var expected = Enumerable.Range(0, enterprises.Count).Where(e => result.Outcome(e, 0) == outcome).ToList();
            result.Enterprises(0, outcome).ShouldBe(expected);
            result.Count(0, outcome).ShouldBe(expected.Count);
        }
    }

    [Fact]
    public void Runs_are_reproducible_whatever_the_parallelism()
    {
        var random = new RandomRules(11);
        var benefits = Enumerable.Range(0, 20).Select(i => new BenefitRule($"b{i}", random.Rule())).ToList();
        var register = Register.Build(Enumerable.Range(0, 10000).Select(_ => random.Enterprise()).ToList());
        var rules = RuleSet.Compile(benefits);

        var serial = rules.Evaluate(register, Engines.AsOf, maxDegreeOfParallelism: 1);
        var parallel = rules.Evaluate(register, Engines.AsOf);

        for (var b = 0; b < benefits.Count; b++)
            parallel.Enterprises(b, Outcome.Eligible).ShouldBe(serial.Enterprises(b, Outcome.Eligible));
    }

    [Fact]
    public void Identical_conditions_across_benefits_are_evaluated_once()
    {
        var rules = RuleSet.Compile(
        [
            new BenefitRule("a", "employees > 9.99 and kind = \"企业\" and tags has \"专精特新\""),
            new BenefitRule("b", "从业人数 >= 10 or 类型 in [\"企业\"]"),
            new BenefitRule("c", "not 标签 has \"专精特新\" and kind != \"企业\""),
        ]);

        var result = rules.Evaluate(Register.Build([Engines.Full]), Engines.AsOf);

        result.SharedConditions.ShouldBe(4);
    }
}
