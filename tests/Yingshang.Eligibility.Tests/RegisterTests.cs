using Yingshang.Eligibility.Data;
using static Yingshang.Eligibility.Tests.Engines;

namespace Yingshang.Eligibility.Tests;

public sealed class RegisterTests
{
    [Fact]
    public void Money_finer_than_a_fen_is_refused() =>
        Should.Throw<ArgumentException>(() => Register.Build([Full with { Revenue = 1.001m }])).Message.ShouldContain("revenue");

    [Fact]
    public void A_value_outside_an_enumeration_is_refused() =>
        Should.Throw<ArgumentException>(() => Register.Build([Full with { Size = "巨型" }])).Message.ShouldContain("size");

    [Fact]
    public void A_literal_the_register_has_never_seen_matches_nobody()
    {
        Outcome("county = \"不存在县\"", Full).ShouldBe(Eligibility.Outcome.Ineligible);
        Outcome("county != \"不存在县\"", Full).ShouldBe(Eligibility.Outcome.Eligible);
        Outcome("tags has \"不存在\"", Full).ShouldBe(Eligibility.Outcome.Ineligible);
    }

    [Fact]
    public void Full_width_punctuation_reads_like_ascii() =>
        Outcome("（从业人数＞＝100 或 营业收入＜1）且 县市 in ［“东城县”，“西山县”］", Full).ShouldBe(Eligibility.Outcome.Eligible);

    [Fact]
    public void Each_enterprise_is_evaluated_on_its_own_values()
    {
        var enterprises = new[] { Full, Empty, Full with { Employees = 5 }, Full with { Tags = null } };
        var rules = RuleSet.Compile([new BenefitRule("b", "employees >= 10 and tags has \"专精特新\"", "employees * 100")]);

        var result = rules.Evaluate(Register.Build(enterprises), AsOf);

        Enumerable.Range(0, 4).Select(e => result.Outcome(e, 0)).ShouldBe(
            [Eligibility.Outcome.Eligible, Eligibility.Outcome.Ineligible, Eligibility.Outcome.Ineligible, Eligibility.Outcome.Ineligible]);
        result.Explain(2, 0).Amount.ShouldBe(500m);
        result.Explain(1, 0).Amount.ShouldBeNull();
        result.Count(0, Eligibility.Outcome.Undetermined).ShouldBe(0);
    }

    [Fact]
    public void Duplicate_benefit_codes_are_refused() =>
        Should.Throw<ArgumentException>(() => RuleSet.Compile([new BenefitRule("b", "abnormal"), new BenefitRule("b", "dishonest")]));

    [Fact]
    public void An_empty_register_has_no_outcomes()
    {
        var result = RuleSet.Compile([new BenefitRule("b", "abnormal")]).Evaluate(Register.Build([]), AsOf);

        result.Count(0, Eligibility.Outcome.Undetermined).ShouldBe(0);
        result.Enterprises(0, Eligibility.Outcome.Eligible).ShouldBeEmpty();
    }
}
