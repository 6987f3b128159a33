using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Tests;

public sealed class RuleDescriberTests
{
    [Theory]
    [InlineData("size in [\"小型\", \"微型\"] and tax_credit in [\"A\", \"B\"]", "规模为小型或微型，且纳税信用等级为 A 或 B")]
    [InlineData("类型=\"个体工商户\" 且 成立年限>=1 且 非 经营异常", "类型为个体工商户，且成立年限不低于 1 年，且未被列入经营异常名录")]
    [InlineData("industry_section = \"C\" and revenue >= 20000000", "行业门类为 C（制造业），且营业收入不低于 2,000 万元")]
    [InlineData("tags has \"专精特新\" and not dishonest and tax_credit != \"D\"", "带有“专精特新”标签，且不属于严重失信主体，且纳税信用等级不为 D")]
    [InlineData("employees > 10 and (size = \"小型\" or tags has \"高新技术企业\")", "从业人数超过 10 人，且（规模为小型，或带有“高新技术企业”标签）")]
    [InlineData("not (employees < 10) and startswith(industry, \"C39\")", "从业人数不低于 10 人，且行业代码以 C39 开头")]
    [InlineData("established >= 2024-01-01 and abnormal", "成立日期不早于 2024-01-01，且被列入经营异常名录")]
    [InlineData("not (size = \"小型\" or size = \"微型\")", "不满足“规模为小型，或规模为微型”")]
    public void A_rule_reads_as_plain_Chinese(string rule, string expected) => RuleDescriber.Describe(rule).ShouldBe(expected);

    [Theory]
    [InlineData("min(round(revenue * 0.001, 2), 500000)", "营业收入 × 0.001（保留 2 位小数）与 500,000 中的较小者")]
    [InlineData("min(insured_employees * 500, 300000)", "参保人数 × 500 与 300,000 中的较小者")]
    [InlineData("(revenue - tax_paid) / 2", "（营业收入 － 纳税额） ÷ 2")]
    [InlineData("20000", "20,000")]
    public void An_amount_formula_reads_as_plain_Chinese(string amount, string expected) => RuleDescriber.DescribeAmount(amount).ShouldBe(expected);

    [Fact]
    public void A_rule_that_does_not_parse_has_no_description() => RuleDescriber.Describe("size > 3").ShouldBeNull();
}

public sealed class ConditionTextTests
{
    [Fact]
    public void Values_read_as_words_and_fields_by_their_Chinese_names()
    {
        ConditionText.Value(true).ShouldBe("是");
        ConditionText.Value(false).ShouldBe("否");
        ConditionText.Value(null).ShouldBe("空");
        ConditionText.Value(new[] { "专精特新", "高新技术企业" }).ShouldBe("专精特新、高新技术企业");
        ConditionText.Value(Array.Empty<string>()).ShouldBe("无");
        ConditionText.Value(new DateOnly(2024, 1, 2)).ShouldBe("2024-01-02");
        ConditionText.Value(1234.5m).ShouldBe("1234.5");
        ConditionText.Field("dishonest").ShouldBe("严重失信(dishonest)");
        ConditionText.Field("no_such_field").ShouldBe("no_such_field");
    }
}
