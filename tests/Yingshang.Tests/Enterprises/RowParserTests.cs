using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Import;
using C = Yingshang.Web.Features.Enterprises.Import.ImportColumns;

namespace Yingshang.Tests.Enterprises;

public sealed class RowParserTests
{
    private const string Company = "91350100M000100Y43";
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly EnterpriseRowParser _parser = new(new Dictionary<string, int> { ["东城县"] = 2, ["西山县"] = 3 }, Today);

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells)
    {
        var row = C.All.ToDictionary(c => c.Name, _ => (object?)null);
        foreach (var (column, value) in cells) row[column] = value;
        return row;
    }

    [Fact]
    public void A_row_with_only_code_and_name_is_valid_and_everything_else_unknown()
    {
        var (data, errors) = _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "示范州测试有限公司")));
        errors.ShouldBeEmpty();
        data.ShouldNotBeNull();
        data.Kind.ShouldBe(EnterpriseKind.Enterprise);
        data.Employees.ShouldBeNull();
        data.Revenue.ShouldBeNull();
        data.RegisteredCapital.ShouldBeNull();
        data.Abnormal.ShouldBeNull();
        data.CountyId.ShouldBeNull();
        data.Tags.ShouldBeEmpty();
    }

    [Fact]
    public void A_full_row_is_read_and_normalised()
    {
        var (data, errors) = _parser.Parse(2, Row((C.Uscc, " 91350100m000100y43 "), (C.Name, " 测试 "), (C.Kind, "企业"), (C.County, "西山县"),
            (C.Industry, "3911"), (C.Established, "2019/5/1"), (C.RegisteredCapital, "1,000,000"), (C.Employees, "25"),
            (C.InsuredEmployees, 20d), (C.Revenue, "5000000.5"), (C.TaxPaid, "0"), (C.TaxCredit, "a"), (C.Tags, "专精特新；高新技术企业;专精特新"),
            (C.Abnormal, "否"), (C.Dishonest, false), (C.RiskClass, "b")));
        errors.ShouldBeEmpty();
        data!.Uscc.ShouldBe(Company);
        data.Name.ShouldBe("测试");
        data.CountyId.ShouldBe(3);
        data.IndustryCode.ShouldBe("C3911");
        data.Established.ShouldBe(new DateOnly(2019, 5, 1));
        data.RegisteredCapital.ShouldBe(1_000_000m);
        data.InsuredEmployees.ShouldBe(20);
        data.TaxPaid.ShouldBe(0m);
        data.TaxCredit.ShouldBe(TaxCreditGrade.A);
        data.Tags.ShouldBe([EnterpriseTags.HighTech, EnterpriseTags.Specialised]);
        data.Abnormal.ShouldBe(false);
        data.RiskClass.ShouldBe(CreditRiskClass.B);
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_reported_in_column_order()
    {
        var (data, errors) = _parser.Parse(7, Row((C.Uscc, Company), (C.Name, "坏行"), (C.County, "火星县"), (C.Established, "2019-13-01"),
            (C.RegisteredCapital, "-5"), (C.Employees, "abc"), (C.Revenue, "-0.01"), (C.Abnormal, "maybe"), (C.RiskClass, "E")));
        data.ShouldBeNull();
        errors.Select(e => e.Row).Distinct().ShouldBe([7]);
        errors.Select(e => e.Column).ShouldBe([C.County, C.Established, C.RegisteredCapital, C.Employees, C.Revenue, C.Abnormal, C.RiskClass]);
        errors.Single(e => e.Column == C.RegisteredCapital).Message.ShouldBe("金额不能为负数");
        errors.Single(e => e.Column == C.County).Message.ShouldStartWith("“火星县”不是本州的县市；可选：东城县、西山县");
    }

    [Fact]
    public void Negative_head_counts_are_errors() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.InsuredEmployees, "-1"))).Errors
            .ShouldHaveSingleItem().ShouldBe(new ImportError(2, C.InsuredEmployees, "人数不能为负数"));

    [Fact]
    public void Money_with_more_than_two_decimals_is_an_error() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.TaxPaid, "1.005"))).Errors.ShouldHaveSingleItem().Column.ShouldBe(C.TaxPaid);

    [Fact]
    public void Establishment_in_the_future_is_an_error() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.Established, "2026-11-28"))).Errors
            .ShouldHaveSingleItem().Message.ShouldBe("成立日期 2026-11-28 晚于今天");

    [Fact]
    public void Kind_must_agree_with_the_code() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.Kind, "个体工商户"))).Errors
            .ShouldHaveSingleItem().Message.ShouldBe("主体类型“个体工商户”与统一社会信用代码第 2 位（企业）不一致");

    [Fact]
    public void Unknown_kind_words_are_errors() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.Kind, "公司"))).Errors.ShouldHaveSingleItem().Column.ShouldBe(C.Kind);

    [Fact]
    public void A_social_organisation_code_is_refused_for_the_market_register() =>
        _parser.Parse(2, Row((C.Uscc, "51532900MA56TBXU57"), (C.Name, "x"))).Errors.ShouldHaveSingleItem().Message.ShouldContain("不是市场主体");

    [Fact]
    public void Missing_code_and_name_are_both_reported()
    {
        var errors = _parser.Parse(2, Row((C.Employees, "3"))).Errors;
        errors.Select(e => e.Column).ShouldBe([C.Uscc, C.Name]);
    }

    [Fact]
    public void A_numeric_code_cell_from_excel_gets_a_hint() =>
        _parser.Parse(2, Row((C.Uscc, 9.1350100e17), (C.Name, "x"))).Errors.ShouldHaveSingleItem().Message.ShouldContain("请将该列设为文本");

    [Fact]
    public void Unknown_tags_are_refused_with_the_vocabulary() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.Tags, "高新技术企业;龙头"))).Errors
            .ShouldHaveSingleItem().Message.ShouldStartWith("标签“龙头”不在标签目录中");

    [Fact]
    public void Bad_industry_codes_are_errors() =>
        _parser.Parse(2, Row((C.Uscc, Company), (C.Name, "x"), (C.Industry, "F3911"))).Errors
            .ShouldHaveSingleItem().ShouldBe(new ImportError(2, C.Industry, "行业代码“F3911”的门类应为“C”（大类 39 属于制造业）"));
}
