using static Yingshang.Eligibility.Tests.Engines;

namespace Yingshang.Eligibility.Tests;

public sealed class UnknownDataTests
{
    private const string T = "employees > 0";
    private const string F = "employees < 0";
    private const string U = "revenue > 0";
    private static readonly Data.EnterpriseFacts NoRevenue = Full with { Revenue = null };

    [Theory]
    [InlineData(T, T, Eligibility.Outcome.Eligible)]
    [InlineData(T, F, Eligibility.Outcome.Ineligible)]
    [InlineData(T, U, Eligibility.Outcome.Undetermined)]
    [InlineData(F, U, Eligibility.Outcome.Ineligible)]
    [InlineData(U, F, Eligibility.Outcome.Ineligible)]
    [InlineData(U, U, Eligibility.Outcome.Undetermined)]
    [InlineData(F, F, Eligibility.Outcome.Ineligible)]
    public void And_follows_Kleene_logic(string a, string b, Outcome expected) =>
        Outcome($"{a} and {b}", NoRevenue).ShouldBe(expected);

    [Theory]
    [InlineData(T, U, Eligibility.Outcome.Eligible)]
    [InlineData(U, T, Eligibility.Outcome.Eligible)]
    [InlineData(F, U, Eligibility.Outcome.Undetermined)]
    [InlineData(U, U, Eligibility.Outcome.Undetermined)]
    [InlineData(F, F, Eligibility.Outcome.Ineligible)]
    [InlineData(T, F, Eligibility.Outcome.Eligible)]
    public void Or_follows_Kleene_logic(string a, string b, Outcome expected) =>
        Outcome($"{a} or {b}", NoRevenue).ShouldBe(expected);

    [Theory]
    [InlineData(T, Eligibility.Outcome.Ineligible)]
    [InlineData(F, Eligibility.Outcome.Eligible)]
    [InlineData(U, Eligibility.Outcome.Undetermined)]
    public void Not_follows_Kleene_logic(string a, Outcome expected) => Outcome($"not ({a})", NoRevenue).ShouldBe(expected);

    [Theory]
    [InlineData("employees > 0")]
    [InlineData("employees != 5")]
    [InlineData("county != \"东城县\"")]
    [InlineData("county in [\"东城县\"]")]
    [InlineData("startswith(industry, \"C\")")]
    [InlineData("industry_section = \"C\"")]
    [InlineData("size = \"小型\"")]
    [InlineData("established < 2024-01-01")]
    [InlineData("age_years >= 3")]
    [InlineData("abnormal = false")]
    [InlineData("not dishonest")]
    [InlineData("tax_credit = \"A\"")]
    [InlineData("risk_class in [\"A\", \"B\"]")]
    public void A_comparison_with_an_empty_field_is_unknown(string rule) =>
        Outcome(rule, Empty).ShouldBe(Eligibility.Outcome.Undetermined);

    [Fact]
    public void Tags_has_is_never_unknown()
    {
        Outcome("tags has \"专精特新\"", Empty).ShouldBe(Eligibility.Outcome.Ineligible);
        Outcome("not tags has \"专精特新\"", Empty).ShouldBe(Eligibility.Outcome.Eligible);
        Outcome("tags has \"专精特新\"", Full with { Tags = [] }).ShouldBe(Eligibility.Outcome.Ineligible);
    }

    [Fact]
    public void The_explanation_names_each_condition_with_the_value_used()
    {
        var explanation = Explain("kind = \"企业\" and revenue > 1000000 and not 严重失信 and tags has \"专精特新\"", NoRevenue);

        explanation.Outcome.ShouldBe(Eligibility.Outcome.Undetermined);
        explanation.Conditions.Select(c => (c.Condition, c.Field, c.Result)).ShouldBe(
        [
            ("kind = \"企业\"", "kind", Truth.True),
            ("revenue > 1000000", "revenue", Truth.Unknown),
            ("严重失信", "dishonest", Truth.False),
            ("tags has \"专精特新\"", "tags", Truth.True),
        ]);
        explanation.Conditions[0].Value.ShouldBe("企业");
        explanation.Conditions[1].Value.ShouldBeNull();
        explanation.Conditions[2].Value.ShouldBe(false);
        ((string[])explanation.Conditions[3].Value!).ShouldBe(["专精特新", "高新技术企业"]);
    }
}
