using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Tests.Enterprises;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the widely quoted sample format: organisation code M000100Y4, check 3
    [InlineData("92532901MAPYTDBX7C")]
    [InlineData("93532928MAT5UUNE0M")]
    [InlineData("12100000MABYAG4G2J")]
    [InlineData("51532900MA56TBXU57")]
    [InlineData("Y1532900MAF9N2PM2H")]
    [InlineData("91532922Y7L1W53BX9")] // organisation check character X (GB 11714 remainder 10)
    [InlineData("91532922AT64PJY40X")] // organisation check character 0 (remainder 11)
    [InlineData("91532922KBX4A8XN40")] // USCC check 31 written as 0
    [InlineData("91532922LMRBB8LB8Y")]
    public void Valid_codes_pass(string code)
    {
        var check = Uscc.Check(code);
        check.Error.ShouldBeNull();
        check.Value.ShouldBe(code);
    }

    [Fact]
    public void Input_is_trimmed_narrowed_and_upper_cased_before_checking()
    {
        Uscc.Check(" 91350100m000100y43\u3000").Value.ShouldBe("91350100M000100Y43");
        Uscc.IsValid("９１３５０１００Ｍ０００１００Ｙ４３").ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("   ", "不能为空")]
    [InlineData("91350100M000100Y4", "应为 18 位，实际为 17 位")]
    [InlineData("91350100M000100Y433", "应为 18 位，实际为 19 位")]
    public void Wrong_length_is_reported_with_the_actual_length(string code, string reason) =>
        Uscc.Check(code).Error.ShouldNotBeNull().ShouldContain(reason);

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    [InlineData('-')]
    public void Letters_outside_the_charset_are_named_with_their_position(char illegal)
    {
        var code = "91350100M" + illegal + "00100Y43";
        Uscc.Check(code).Error.ShouldBe($"第 10 位字符“{illegal}”不合法：只能是数字或除 I、O、S、V、Z 以外的大写字母");
    }

    [Fact]
    public void A_lower_case_illegal_letter_is_reported_upper_cased() =>
        Uscc.Check("91350100Mo00100Y43").Error.ShouldNotBeNull().ShouldContain("第 10 位字符“O”");

    [Fact]
    public void Wrong_check_character_names_the_expected_one() =>
        Uscc.Check("91350100M000100Y44").Error.ShouldBe("校验码错误：第 18 位应为“3”，实际为“4”");

    [Fact]
    public void Wrong_organisation_code_check_character_is_reported_before_the_final_check() =>
        Uscc.Check("91350100M000100Y53").Error.ShouldNotBeNull().ShouldContain("第 9–17 位组织机构代码“M000100Y5”校验不通过：第 17 位应为“4”");

    [Theory]
    [InlineData("B1350100M000100Y43", "第 1 位登记管理部门码“B”不存在")]
    [InlineData("94350100M000100Y43", "第 2 位机构类别码“4”不适用于登记管理部门“工商（市场监管）”")]
    [InlineData("913501A0M000100Y43", "第 3–8 位行政区划码“3501A0”应为 6 位数字")]
    [InlineData("91990100M000100Y43", "省级代码“99”不存在")]
    public void Structure_of_the_leading_parts_is_checked(string code, string reason) =>
        Uscc.Check(code).Error.ShouldNotBeNull().ShouldContain(reason);

    [Fact]
    public void Check_character_follows_the_weights_of_gb_32100() =>
        Uscc.CheckCharacter("91350100M000100Y4").ShouldBe('3');

    [Fact]
    public void Organisation_check_character_follows_gb_11714() =>
        Uscc.OrganisationCheckCharacter("M000100Y").ShouldBe('4');

    [Theory]
    [InlineData("91350100M000100Y43", EnterpriseKind.Enterprise)]
    [InlineData("92532901MAPYTDBX7C", EnterpriseKind.IndividualBusiness)]
    [InlineData("93532928MAT5UUNE0M", EnterpriseKind.FarmerCooperative)]
    public void Market_entities_are_told_apart_by_their_category(string code, EnterpriseKind kind) =>
        UsccCodes.MarketEntityKind(code).ShouldBe(kind);

    [Fact]
    public void A_social_organisation_is_not_a_market_entity() =>
        UsccCodes.MarketEntityKind("51532900MA56TBXU57").ShouldBeNull();
}
