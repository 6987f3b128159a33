using System.Text;
using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Import;

namespace Yingshang.BrowserTests.Enterprises;

public sealed class EnterprisePagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static string Code(int n)
    {
        var body = "MC" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = $"91532922{body}{Uscc.OrganisationCheckCharacter(body)}";
        return first17 + Uscc.CheckCharacter(first17);
    }

    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "名录.csv", MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", [string.Join(",", ImportColumns.All.Select(c => c.Name)), .. rows]) + "\n"),
    };

    private static string Row(string uscc, string name, string county = "东城县") =>
        $"{uscc},{name},,{county},C3911,2019-05-01,,15,,,,,高新技术企业,否,否,A";

    [Fact]
    public async Task The_import_page_uploads_with_progress_and_shows_the_errors()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/Enterprises/Import");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByLabel("导入文件").SetInputFilesAsync(Csv(Row(Code(1), "浏览器导入科技有限公司"), Row(Code(2), "坏县企业", "火星县")));
        await page.GetByLabel("只导入有效行（跳过有错误的行）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();

        var result = page.Locator("#import-result");
        await result.GetByText("导入完成").WaitForAsync();
        (await result.InnerTextAsync()).ShouldContain("“火星县”不是本州的县市");
        (await page.Locator("#import-status").InnerTextAsync()).ShouldBe("处理完成。");
        page.Url.ShouldEndWith("/Enterprises/Import"); // the script answered in place, no page load
        await page.ShouldHaveNoSeriousViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载错误表（Excel）" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_form_posts_and_the_result_page_shows()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
            { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync("supervisor");
        await page.GetByLabel("密码").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GotoAsync("/Enterprises/Import");
        await page.GetByLabel("导入文件").SetInputFilesAsync(Csv(Row(Code(3), "无脚本导入有限公司"), Row(Code(4), "坏县企业", "火星县")));
        await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "本次未保存任何数据" }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Table, new() { Name = "错误明细（行号与文件中一致，第 1 行为表头）" }).InnerTextAsync()).ShouldContain("county");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_list_filters_and_leads_to_the_profile()
    {
        var page = await app.SignInAsync("operator");
        await page.GotoAsync("/Enterprises");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByLabel("县市").SelectOptionAsync("东城县");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        page.Url.ShouldContain("county=");
        var rows = page.Locator("tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThan(0);
        foreach (var county in await page.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync()) county.ShouldBe("东城县");
        (await page.GetByRole(AriaRole.Link, new() { Name = "导入企业名录" }).CountAsync()).ShouldBe(0);

        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "基本信息" }).CountAsync()).ShouldBe(1);
        (await page.Locator("dl.facts").First.InnerTextAsync()).ShouldContain("依据：");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }
}
