using static Yingshang.Eligibility.Tests.Engines;

namespace Yingshang.Eligibility.Tests;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("employees = 120", Eligibility.Outcome.Eligible)]
    [InlineData("employees != 120", Eligibility.Outcome.Ineligible)]
    [InlineData("employees < 121", Eligibility.Outcome.Eligible)]
    [InlineData("employees < 120", Eligibility.Outcome.Ineligible)]
    [InlineData("employees <= 120", Eligibility.Outcome.Eligible)]
    [InlineData("employees > 119.5", Eligibility.Outcome.Eligible)]
    [InlineData("employees > 120", Eligibility.Outcome.Ineligible)]
    [InlineData("employees >= 120.01", Eligibility.Outcome.Ineligible)]
    [InlineData("employees = 120.001", Eligibility.Outcome.Ineligible)]
    [InlineData("employees != 120.001", Eligibility.Outcome.Eligible)]
    [InlineData("revenue = 80000000.5", Eligibility.Outcome.Eligible)]
    [InlineData("revenue > 80000000.499", Eligibility.Outcome.Eligible)]
    [InlineData("revenue < 80000000.501", Eligibility.Outcome.Eligible)]
    [InlineData("revenue >= 80000000.501", Eligibility.Outcome.Ineligible)]
    [InlineData("revenue > -1", Eligibility.Outcome.Eligible)]
    [InlineData("employees in [100, 120]", Eligibility.Outcome.Eligible)]
    [InlineData("employees in [100, 120.5]", Eligibility.Outcome.Ineligible)]
    [InlineData("county in [\"东城县\", \"西山县\"]", Eligibility.Outcome.Eligible)]
    [InlineData("county = \"西山县\"", Eligibility.Outcome.Ineligible)]
    [InlineData("county != \"西山县\"", Eligibility.Outcome.Eligible)]
    [InlineData("size in [\"小型\", \"微型\"]", Eligibility.Outcome.Ineligible)]
    [InlineData("kind = \"企业\"", Eligibility.Outcome.Eligible)]
    [InlineData("tax_credit = \"A\" and risk_class != \"A\"", Eligibility.Outcome.Eligible)]
    [InlineData("tags has \"专精特新\"", Eligibility.Outcome.Eligible)]
    [InlineData("tags has \"科技型中小企业\"", Eligibility.Outcome.Ineligible)]
    [InlineData("startswith(industry, \"C39\")", Eligibility.Outcome.Eligible)]
    [InlineData("startswith(industry, \"C4\")", Eligibility.Outcome.Ineligible)]
    [InlineData("startswith(county, \"东\")", Eligibility.Outcome.Eligible)]
    [InlineData("industry_section = \"C\"", Eligibility.Outcome.Eligible)]
    [InlineData("industry = \"C3911\"", Eligibility.Outcome.Eligible)]
    [InlineData("established = 2020-06-15", Eligibility.Outcome.Eligible)]
    [InlineData("established > 2020-06-15", Eligibility.Outcome.Ineligible)]
    [InlineData("established in [2020-06-15, 2021-01-01]", Eligibility.Outcome.Eligible)]
    [InlineData("abnormal = false", Eligibility.Outcome.Eligible)]
    [InlineData("abnormal", Eligibility.Outcome.Ineligible)]
    [InlineData("非 经营异常 且 非 严重失信", Eligibility.Outcome.Eligible)]
    [InlineData("dishonest != false", Eligibility.Outcome.Ineligible)]
    [InlineData("从业人数 >= 100 且 类型 = \"企业\" 或 规模 = \"微型\"", Eligibility.Outcome.Eligible)]
    [InlineData("registered_capital >= 5000000 and insured_employees = 100 and tax_paid = 1200000", Eligibility.Outcome.Eligible)]
    public void Each_operator_compares_the_enterprise_value_with_the_literal(string rule, Outcome expected) =>
        Outcome(rule, Full).ShouldBe(expected);

    [Theory]
    [InlineData("not employees > 200 and employees > 200", Eligibility.Outcome.Ineligible)]
    [InlineData("employees > 0 or employees > 0 and employees > 200", Eligibility.Outcome.Eligible)]
    [InlineData("(employees > 0 or employees > 0) and employees > 200", Eligibility.Outcome.Ineligible)]
    [InlineData("not (employees > 200 and employees > 0)", Eligibility.Outcome.Eligible)]
    [InlineData("非 从业人数 > 200 且 从业人数 > 200", Eligibility.Outcome.Ineligible)]
    [InlineData("not not employees > 0", Eligibility.Outcome.Eligible)]
    public void Not_binds_tighter_than_and_which_binds_tighter_than_or(string rule, Outcome expected) =>
        Outcome(rule, Full).ShouldBe(expected);

    [Theory]
    [InlineData("2026-06-14", 5)]
    [InlineData("2026-06-15", 6)]
    [InlineData("2026-11-30", 6)]
    [InlineData("2020-06-15", 0)]
    public void Age_years_counts_whole_years_at_the_evaluation_date(string asOf, int years)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        Outcome($"age_years = {years}", Full, date).ShouldBe(Eligibility.Outcome.Eligible);
        Outcome($"成立年限 > {years}", Full, date).ShouldBe(Eligibility.Outcome.Ineligible);
    }

    [Fact]
    public void An_enterprise_founded_on_29_February_turns_a_year_older_on_28_February()
    {
        var leap = Full with { Established = new DateOnly(2020, 2, 29) };

        Outcome("age_years = 0", leap, new DateOnly(2021, 2, 27)).ShouldBe(Eligibility.Outcome.Eligible);
        Outcome("age_years = 1", leap, new DateOnly(2021, 2, 28)).ShouldBe(Eligibility.Outcome.Eligible);
    }

    [Fact]
    public void Industry_without_a_section_letter_has_no_section()
    {
        Outcome("industry_section = \"C\"", Full with { Industry = "3911" }).ShouldBe(Eligibility.Outcome.Undetermined);
    }
}
