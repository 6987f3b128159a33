using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Enterprises.ImportFiles;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>Imports through the API; a class of its own because it changes the register.</summary>
public abstract class EnterpriseImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Import = "/api/v1/enterprises/import";

    private Task<int> CountAsync() => app.InDatabaseAsync(db => db.Enterprises.CountAsync());

    private static IEnumerable<(int Row, string Column, string Message)> Errors(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!));

    [Fact]
    public async Task A_good_file_is_imported_and_imported_again_as_updates()
    {
        using var admin = await app.ClientForAsync("admin");
        var csv = Csv(Row(Uscc(1), "东城县甲科技有限公司", tags: "高新技术企业;专精特新"), Row(Uscc(2).ToLowerInvariant(), "东城县乙商贸有限公司", industry: "F5212"),
            string.Join(",", Uscc(3), "东城县丙餐馆", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));

        var first = await (await admin.PostAsync(Import, Upload(csv))).ShouldBeJsonAsync();
        first.GetProperty("imported").GetInt32().ShouldBe(3);
        first.GetProperty("updated").GetInt32().ShouldBe(0);
        first.GetProperty("errors").GetArrayLength().ShouldBe(0);

        var again = await (await admin.PostAsync($"{Import}?mode=all", Upload(csv, bom: false))).ShouldBeJsonAsync();
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("updated").GetInt32().ShouldBe(3);

        var a = await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(1)}")).ShouldBeJsonAsync();
        a.GetProperty("county").GetString().ShouldBe("东城县");
        a.GetProperty("size").GetString().ShouldBe("Small");
        a.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["高新技术企业", "专精特新"]);
        var unknown = await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(3)}")).ShouldBeJsonAsync();
        foreach (var field in new[] { "county", "industryCode", "employees", "revenue", "registeredCapital", "abnormal", "size", "riskClass" })
            unknown.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
    }

    [Fact]
    public async Task With_mode_all_one_bad_row_stores_nothing()
    {
        using var admin = await app.ClientForAsync("admin");
        var before = await CountAsync();
        var csv = Csv(Row(Uscc(10), "好企业一"), Row(Uscc(11), "坏企业", employees: "-3"), Row(Uscc(12), "好企业二"));
        var body = await (await admin.PostAsync(Import, Upload(csv))).ShouldBeJsonAsync(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("imported").GetInt32().ShouldBe(0);
        Errors(body).ShouldBe([(3, "employees", "人数不能为负数")]);
        (await CountAsync()).ShouldBe(before);
        await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(10)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_mode_valid_the_good_rows_are_stored_and_the_bad_ones_reported()
    {
        using var admin = await app.ClientForAsync("admin");
        var csv = Csv(Row(Uscc(20), "好企业"), Row(Uscc(21), "坏县", county: "火星县"), Row(Uscc(22)[..17] + "I", "坏代码"));
        var body = await (await admin.PostAsync($"{Import}?mode=valid", Upload(csv))).ShouldBeJsonAsync();
        body.GetProperty("imported").GetInt32().ShouldBe(1);
        Errors(body).Select(e => (e.Row, e.Column)).ShouldBe([(3, "county"), (4, "uscc")]);
        await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(20)}")).ShouldBeJsonAsync();
        await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(21)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_code_twice_in_one_file_is_an_error_on_the_second_row()
    {
        using var admin = await app.ClientForAsync("admin");
        var csv = Csv(Row(Uscc(30), "第一次"), Row(Uscc(31), "别的"), Row(Uscc(30).ToLowerInvariant(), "第二次"));
        var body = await (await admin.PostAsync($"{Import}?mode=valid", Upload(csv))).ShouldBeJsonAsync();
        Errors(body).ShouldBe([(4, "uscc", $"统一社会信用代码 {Uscc(30)} 与第 2 行重复")]);
        (await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(30)}")).ShouldBeJsonAsync()).GetProperty("name").GetString().ShouldBe("第一次");
    }

    [Fact]
    public async Task Wrong_types_are_reported_cell_by_cell()
    {
        using var admin = await app.ClientForAsync("admin");
        var csv = Csv(Row(Uscc(40), "类型错误", employees: "二十", revenue: "5万", abnormal: "也许", established: "2019-13-01"));
        var body = await (await admin.PostAsync(Import, Upload(csv))).ShouldBeJsonAsync(HttpStatusCode.UnprocessableEntity);
        Errors(body).Select(e => e.Column).ShouldBe(["established", "employees", "revenue", "abnormal"]);
        Errors(body).ShouldAllBe(e => e.Row == 2);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("valid")]
    public async Task A_wrong_header_refuses_the_whole_file(string mode)
    {
        using var admin = await app.ClientForAsync("admin");
        var body = await (await admin.PostAsync($"{Import}?mode={mode}", Upload("uscc,name,colour\n" + Uscc(50) + ",x,red\n")))
            .ShouldBeJsonAsync(HttpStatusCode.UnprocessableEntity);
        Errors(body).ShouldContain((1, "colour", "未知列“colour”；应为：" + Header));
        Errors(body).ShouldContain(e => e.Row == 1 && e.Column == "county" && e.Message.StartsWith("缺少列", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_xlsx_file_is_imported_with_its_typed_cells()
    {
        using var admin = await app.ClientForAsync("admin");
        var xlsx = Xlsx([XlsxRow(Uscc(60), "表格导入有限公司"), XlsxRow(Uscc(61), "表格导入二有限公司")]);
        (await (await admin.PostAsync(Import, Upload(xlsx, "名录.xlsx"))).ShouldBeJsonAsync()).GetProperty("imported").GetInt32().ShouldBe(2);
        var e = await (await admin.GetAsync($"/api/v1/enterprises/{Uscc(60)}")).ShouldBeJsonAsync();
        e.GetProperty("established").GetString().ShouldBe("2018-07-01");
        e.GetProperty("revenue").GetDecimal().ShouldBe(25_000_000.5m);
        e.GetProperty("size").GetString().ShouldBe("Medium");
        e.GetProperty("sizeBasis").GetString()!.ShouldContain("软件和信息技术服务业");
    }

    [Fact]
    public async Task The_import_page_works_as_a_plain_form_and_for_the_upload_script()
    {
        using var admin = await app.ClientForAsync("admin");
        var token = AntiforgeryToken(await admin.GetStringAsync("/Enterprises/Import"));
        MultipartFormDataContent Form(string csv, string mode) => new()
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Upload", "名录.csv" },
            { new StringContent(mode), "Mode" },
            { new StringContent(token), "__RequestVerificationToken" },
        };

        var page = WebUtility.HtmlDecode(await (await admin.PostAsync("/Enterprises/Import", Form(Csv(Row(Uscc(70), "页面导入有限公司")), "all"))).Content.ReadAsStringAsync());
        page.ShouldContain("<html");
        page.ShouldContain("导入完成");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/Enterprises/Import") { Content = Form(Csv(Row(Uscc(71), "坏", county: "火星县")), "valid") };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var partial = WebUtility.HtmlDecode(await (await admin.SendAsync(request)).Content.ReadAsStringAsync());
        partial.ShouldNotContain("<html");
        partial.ShouldContain("火星县");

        var packed = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(partial, "name=\"errors\" value=\"([^\"]+)\"").Groups[1].Value);
        using var download = new FormUrlEncodedContent(new Dictionary<string, string> { ["errors"] = packed, ["__RequestVerificationToken"] = token });
        var xlsx = await admin.PostAsync("/Enterprises/Import?handler=Errors", download);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldHaveSingleItem()["列"].ShouldBe("county");
    }

    private static string AntiforgeryToken(string html) => WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    [Fact]
    public async Task Ten_thousand_rows_are_imported_in_one_request()
    {
        using var admin = await app.ClientForAsync("admin");
        var rows = Enumerable.Range(100_000, 10_000).Select(n => Row(Uscc(n), $"批量企业{n}有限公司", employees: (n % 500).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var body = await (await admin.PostAsync(Import, Upload(Csv(rows)))).ShouldBeJsonAsync();
        body.GetProperty("imported").GetInt32().ShouldBe(10_000);
        (await app.InDatabaseAsync(db => db.Enterprises.CountAsync(e => e.Name.StartsWith("批量企业")))).ShouldBe(10_000);
    }
}

public sealed class EnterpriseImportTests_Sqlite(SqliteAppFactory app) : EnterpriseImportTests<SqliteAppFactory>(app);

public sealed class EnterpriseImportTests_Postgres(PostgresAppFactory app) : EnterpriseImportTests<PostgresAppFactory>(app);
