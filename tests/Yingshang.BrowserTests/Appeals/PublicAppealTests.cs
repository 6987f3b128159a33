using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Appeals;

public sealed class PublicAppealTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_citizen_submits_the_web_form_and_tracks_the_appeal_with_the_code_and_the_last_four_digits()
    {
        var page = await app.AnonymousPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "网上提交诉求" }).ClickAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByLabel("姓名").FillAsync("孙八");
        await page.GetByLabel("手机号码").FillAsync("13598762468");
        await page.GetByLabel("所在县市").SelectOptionAsync(new SelectOptionValue { Label = "西山县" });
        await page.GetByLabel("详细地址").FillAsync("西山县河滨路 12 号");
        await page.GetByLabel("诉求类型").SelectOptionAsync("求助");
        await page.GetByLabel("诉求内容").FillAsync("小区供水压力不足，高层住户无法用水");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交诉求" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "您的诉求已受理" }).WaitForAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        var code = (await page.Locator(".tracking-code").InnerTextAsync()).Trim();
        code.ShouldMatch("^[0-9A-Z]{10}$");

        await page.GetByRole(AriaRole.Link, new() { Name = "诉求办理进度查询" }).ClickAsync();
        await page.GetByLabel("查询码").FillAsync(code.ToLowerInvariant());
        await page.GetByLabel("手机号后 4 位").FillAsync("2468");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        var progress = page.Locator("section[aria-labelledby=progress]");
        await progress.WaitForAsync();
        (await progress.InnerTextAsync()).ShouldContain("待派单");
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByLabel("手机号后 4 位").FillAsync("2469");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("未找到与该查询码和手机号后 4 位匹配的诉求");
        await page.Context.CloseAsync();
    }
}
