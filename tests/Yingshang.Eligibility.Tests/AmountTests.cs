using static Yingshang.Eligibility.Tests.Engines;

namespace Yingshang.Eligibility.Tests;

public sealed class AmountTests
{
    [Theory]
    [InlineData("min(tax_paid * 0.1, 500000)", "120000")]
    [InlineData("min(tax_paid * 0.1, 100000)", "100000")]
    [InlineData("max(employees, insured_employees) * 1000", "120000")]
    [InlineData("round(revenue / 3, 2)", "26666666.83")]
    [InlineData("round(2.5)", "3")]
    [InlineData("round(-2.5)", "-3")]
    [InlineData("-tax_paid + 5", "-1199995")]
    [InlineData("2 + 3 * 4 - 6 / 2", "11")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("成立年限 * 10000", "60000")]
    public void Amounts_are_computed_in_yuan(string amount, string expected) =>
        Explain("employees > 0", Full, amount).Amount.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("tax_paid * 0.1")]
    [InlineData("min(tax_paid, 5) + 1")]
    public void An_amount_needing_an_empty_field_is_unknown(string amount) =>
        Explain("employees > 0", Full with { TaxPaid = null }, amount).Amount.ShouldBeNull();

    [Fact]
    public void Division_by_zero_leaves_the_amount_unknown() =>
        Explain("employees > 0", Full, "tax_paid / (employees - 120)").Amount.ShouldBeNull();

    [Fact]
    public void A_benefit_without_a_formula_has_no_amount() =>
        Explain("employees > 0", Full).Amount.ShouldBeNull();
}
