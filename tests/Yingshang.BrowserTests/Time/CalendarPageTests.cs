using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Time;

public sealed class CalendarPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_admin_sees_the_year_and_the_calculator_explains_the_Spring_Festival_deadline()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/Admin/Calendar?year=2026");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "2026 年月历" }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByLabel("起算时刻（北京时间）").FillAsync("2026-02-13T10:00");
        await page.GetByLabel("工作日数").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算期限" }).ClickAsync();
        var result = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        result.ShouldContain("2026 年 2 月 25 日 23:59:59");
        result.ShouldContain("2026-02-25T23:59:59+08:00");
        (await page.Locator("#calculator").InnerTextAsync()).ShouldContain("2月14日（周六，调休上班）");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_pasted_year_with_a_bad_row_lists_the_row_and_stores_nothing()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/Admin/Calendar/LoadYear");
        await page.GetByLabel("年份").FillAsync("2029");
        await page.GetByLabel("安排（每行：日期,类型,名称）").FillAsync("2029-01-01,holiday,元旦\n2028-12-31,holiday,元旦");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验并录入" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Table, new() { Name = "粘贴内容中的错误" });
        (await errors.InnerTextAsync()).ShouldContain("不在 2029 年内");
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GotoAsync("/Admin/Calendar?year=2029");
        (await page.GetByRole(AriaRole.Alert).First.InnerTextAsync()).ShouldContain("2029 年的节假日安排尚未录入");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_make_up_workday_on_a_weekday_is_refused_at_the_field()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/Admin/Calendar/Day");
        await page.GetByLabel("日期").FillAsync("2026-03-17");
        await page.GetByLabel("类型").SelectOptionAsync("workday");
        await page.GetByLabel("名称").FillAsync("测试");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator("[data-valmsg-for=Kind]").InnerTextAsync()).ShouldContain("本就是工作日");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_handler_cannot_open_the_calendar_administration()
    {
        var page = await app.SignInAsync("handler.market");
        await page.GotoAsync("/Admin/Calendar");
        page.Url.ShouldContain("/Account/AccessDenied");
        await page.Context.CloseAsync();
    }
}
