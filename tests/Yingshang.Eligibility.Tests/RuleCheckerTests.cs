using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Tests;

public sealed class RuleCheckerTests
{
    [Theory]
    [InlineData("employees = \"abc\"", 12, "类型不匹配")]
    [InlineData("size > 3", 5, "不能使用")]
    [InlineData("tags = \"x\"", 5, "has")]
    [InlineData("size = \"巨型\"", 7, "没有取值")]
    [InlineData("kind = \"公司\"", 7, "没有取值")]
    [InlineData("established >= 2024-13-01", 15, "日期")]
    [InlineData("established >= 2024-02-30", 15, "日期")]
    [InlineData("established >= \"2024-01-01\"", 15, "类型不匹配")]
    [InlineData("(employees > 10 and size = \"小型\"", 0, "括号")]
    [InlineData("employees > 10)", 14, "右括号")]
    [InlineData("employees > 10 size = \"小型\"", 15, "多余")]
    [InlineData("", 0, "为空")]
    [InlineData("   ", 0, "为空")]
    [InlineData("revenu > 10", 0, "未知字段")]
    [InlineData("employees > 10 and 注册金 > 5", 19, "未知字段")]
    [InlineData("employees >", 11, "不完整")]
    [InlineData("employees > 10 and", 18, "不完整")]
    [InlineData("employees 10", 10, "比较运算符")]
    [InlineData("startswith(employees, \"1\")", 0, "不能使用")]
    [InlineData("abnormal = 1", 11, "类型不匹配")]
    [InlineData("county in [\"东城县\", 3]", 18, "类型不匹配")]
    [InlineData("employees = 3 # 4", 14, "无法识别")]
    [InlineData("county = \"东城县", 9, "引号")]
    public void Bad_rules_are_rejected_at_the_offending_character(string rule, int position, string message)
    {
        var result = RuleChecker.Check(rule);

        result.Valid.ShouldBeFalse();
        result.Errors[0].Position.ShouldBe(position);
        result.Errors[0].Message.ShouldContain(message);
        result.Errors[0].MessageEn.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_type_error_of_a_rule_is_reported()
    {
        var result = RuleChecker.Check("size = \"巨型\" and kind = \"公司\"");

        result.Errors.Select(e => e.Position).ShouldBe([7, 23]);
    }

    [Theory]
    [InlineData("kind = \"企业\" and employees >= 10")]
    [InlineData("成立年限>=3且县市=\"东城县\"")]
    [InlineData("（从业人数>=10 或 营业收入>1000）且 非 严重失信")]
    [InlineData("tags has \"专精特新\" or startswith(industry, \"C39\")")]
    [InlineData("size in [\"小型\", \"微型\"] and not abnormal and dishonest = false")]
    [InlineData("established < 2024-01-01 and tax_credit in [\"A\", \"B\"] and risk_class != \"D\"")]
    [InlineData("revenue >= -5.25 and industry_section = \"C\" and insured_employees > 0.5")]
    [InlineData("标签 has “高新技术企业” 且 信用风险分类 = \"A\"")]
    public void Well_formed_rules_pass(string rule) => RuleChecker.Check(rule).Valid.ShouldBeTrue();

    [Theory]
    [InlineData("min(tax_paid * 0.1, 500000)")]
    [InlineData("round(revenue / 3, 2) + max(employees, 1) * -2")]
    [InlineData("(纳税额 - 1000) * 0.05")]
    public void Well_formed_amounts_pass(string amount) => RuleChecker.CheckAmount(amount).Valid.ShouldBeTrue();

    [Theory]
    [InlineData("min(tax_paid)", 0)]
    [InlineData("kind * 2", 0)]
    [InlineData("tax_paid *", 10)]
    [InlineData("round(tax_paid, 1.5)", 0)]
    [InlineData("(tax_paid + 1", 0)]
    [InlineData("tax_paid 5", 9)]
    [InlineData("", 0)]
    public void Bad_amounts_are_rejected_at_the_offending_character(string amount, int position)
    {
        var result = RuleChecker.CheckAmount(amount);

        result.Valid.ShouldBeFalse();
        result.Errors[0].Position.ShouldBe(position);
    }

    [Fact]
    public void Compiling_a_bad_rule_names_the_benefit_and_its_errors()
    {
        var error = Should.Throw<RuleException>(() => RuleSet.Compile([new BenefitRule("b1", "size = \"巨型\"")]));

        error.BenefitCode.ShouldBe("b1");
        error.Errors.Single().Position.ShouldBe(7);
    }
}
