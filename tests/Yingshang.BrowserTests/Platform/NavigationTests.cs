using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Platform;

public sealed class NavigationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string, string[], string[]> Roles => new()
    {
        { "admin", ["用户管理", "部门管理", "工作日历", "审计日志", "企业名录"], [] },
        { "operator", ["首页", "企业名录"], ["用户管理", "审计日志"] },
        { "handler.market", ["首页", "企业名录"], ["用户管理", "工作日历"] },
        { "lead.market", ["首页", "企业名录"], ["用户管理"] },
        { "supervisor", ["首页", "企业名录"], ["用户管理"] },
        { "inspector.market", ["首页"], ["用户管理"] },
        { "leader", ["首页"], ["用户管理", "审计日志"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_role_signs_in_and_sees_its_own_navigation(string user, string[] shown, string[] hidden)
    {
        var page = await app.SignInAsync(user);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        foreach (var title in shown)
            (await nav.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).CountAsync()).ShouldBe(1, $"{user} should see {title}");
        foreach (var title in hidden)
            (await nav.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).CountAsync()).ShouldBe(0, $"{user} should not see {title}");
        (await page.Locator("header").InnerTextAsync()).ShouldContain(user);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Login_page_is_accessible_and_shows_a_form_error_for_a_wrong_password()
    {
        var page = await app.AnonymousPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync("Wrong#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("用户名或密码错误");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }
}
