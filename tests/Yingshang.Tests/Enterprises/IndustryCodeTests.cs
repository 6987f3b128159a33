using Yingshang.Web.Features.Enterprises.Rules;

namespace Yingshang.Tests.Enterprises;

public sealed class IndustryCodeTests
{
    [Theory]
    [InlineData("C3911", "C3911")]
    [InlineData(" c3911 ", "C3911")]
    [InlineData("3911", "C3911")]
    [InlineData("5213", "F5213")]
    [InlineData("K70", "K70")]
    [InlineData("C", "C")]
    [InlineData("01", "A01")]
    public void Codes_are_normalised_and_the_section_derived(string input, string expected)
    {
        IndustryCodes.TryNormalise(input, out var code, out var error).ShouldBeTrue(error);
        code.ShouldBe(expected);
    }

    [Theory]
    [InlineData("F3911", "门类应为“C”")]
    [InlineData("Z12", "门类“Z”不存在")]
    [InlineData("C1", "格式不正确")]
    [InlineData("C39111", "格式不正确")]
    [InlineData("9912", "大类“99”不存在")]
    [InlineData("00", "大类“00”不存在")]
    [InlineData("C3A1", "格式不正确")]
    public void Bad_codes_are_explained(string input, string reason)
    {
        IndustryCodes.TryNormalise(input, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void There_are_twenty_sections_covering_divisions_01_to_97_without_gaps()
    {
        IndustryCodes.Sections.Count.ShouldBe(20);
        for (var division = 1; division <= 97; division++) IndustryCodes.SectionOfDivision(division).ShouldNotBeNull();
        IndustryCodes.SectionOfDivision(98).ShouldBeNull();
    }

    [Fact]
    public void Every_named_class_is_a_valid_code_of_its_section()
    {
        foreach (var code in IndustryNames.Known.Keys)
        {
            IndustryCodes.TryNormalise(code, out var normalised, out var error).ShouldBeTrue(error);
            normalised.ShouldBe(code);
        }
    }

    [Fact]
    public void A_known_class_is_described_by_name_and_an_unknown_one_by_its_section()
    {
        IndustryCodes.Describe("C3911").ShouldBe("计算机整机制造");
        IndustryCodes.Describe("C3999").ShouldBe("制造业");
    }
}
