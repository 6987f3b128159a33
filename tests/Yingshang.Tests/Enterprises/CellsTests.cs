using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Import;

namespace Yingshang.Tests.Enterprises;

public sealed class CellsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Empty_cells_are_unknown_not_zero(string? cell)
    {
        Cells.Number(cell).ShouldBeNull();
        Cells.WholeNumber(cell).ShouldBeNull();
        Cells.Date(cell).ShouldBeNull();
        Cells.Boolean(cell).ShouldBeNull();
        Cells.Grade<TaxCreditGrade>(cell).ShouldBeNull();
    }

    [Theory]
    [InlineData("1234.56", 1234.56)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData(" 0 ", 0)]
    [InlineData("-3", -3)]
    [InlineData("１２３", 123)]
    [InlineData("１，２３４．５", 1234.5)]
    public void Numbers_are_read_in_invariant_form(string cell, double expected) =>
        Cells.Number(cell).ShouldBe((decimal)expected);

    [Fact]
    public void An_xlsx_number_is_read_without_float_noise() => Cells.Number(0.1 + 0.2).ShouldBe(0.3m);

    [Theory]
    [InlineData("abc")]
    [InlineData("2万")]
    [InlineData("1,5")]
    [InlineData("12元")]
    [InlineData("1.2.3")]
    [InlineData("١٢٣")]
    public void Bad_numbers_say_what_was_found(string cell) =>
        Should.Throw<FormatException>(() => Cells.Number(cell)).Message.ShouldContain($"“{cell}”不是有效的数字");

    [Fact]
    public void A_fraction_is_not_a_head_count() =>
        Should.Throw<FormatException>(() => Cells.WholeNumber("1.5")).Message.ShouldBe("“1.5”不是整数");

    [Theory]
    [InlineData("2019-05-01")]
    [InlineData("2019-5-1")]
    [InlineData("2019/5/1")]
    [InlineData("2019.05.01")]
    [InlineData("20190501")]
    [InlineData("2019年5月1日")]
    public void Dates_are_read_in_the_usual_chinese_forms(string cell) =>
        Cells.Date(cell).ShouldBe(new DateOnly(2019, 5, 1));

    [Fact]
    public void Xlsx_dates_come_as_dates_numbers_or_serial_days()
    {
        Cells.Date(new DateTime(2019, 5, 1)).ShouldBe(new DateOnly(2019, 5, 1));
        Cells.Date(20190501d).ShouldBe(new DateOnly(2019, 5, 1));
        Cells.Date(43586d).ShouldBe(new DateOnly(2019, 5, 1));
    }

    [Theory]
    [InlineData("2019-13-01")]
    [InlineData("2019-02-30")]
    [InlineData("去年")]
    [InlineData("05/01/2019")]
    public void Bad_dates_are_errors(string cell) =>
        Should.Throw<FormatException>(() => Cells.Date(cell)).Message.ShouldContain("不是有效的日期");

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Booleans_accept_chinese_english_and_digits(string cell, bool expected) =>
        Cells.Boolean(cell).ShouldBe(expected);

    [Theory]
    [InlineData("Y")]
    [InlineData("有")]
    [InlineData("2")]
    public void Other_boolean_words_are_errors(string cell) =>
        Should.Throw<FormatException>(() => Cells.Boolean(cell)).Message.ShouldContain("不是有效的是/否值");

    [Fact]
    public void Grades_ignore_case_and_reject_other_letters()
    {
        Cells.Grade<TaxCreditGrade>("m").ShouldBe(TaxCreditGrade.M);
        Should.Throw<FormatException>(() => Cells.Grade<CreditRiskClass>("M")).Message.ShouldBe("“M”不是有效的等级（A、B、C、D）");
        Should.Throw<FormatException>(() => Cells.Grade<TaxCreditGrade>("AA"));
        Should.Throw<FormatException>(() => Cells.Grade<TaxCreditGrade>("1"));
    }

    [Fact]
    public void A_number_too_large_for_a_decimal_is_a_row_error_not_a_crash()
    {
        Should.Throw<FormatException>(() => Cells.Number(1e30));
        Should.Throw<FormatException>(() => Cells.Number("100000000000000000000000000000000"));
        Cells.Text(1e30).ShouldNotBeNull();
    }
}
