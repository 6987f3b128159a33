using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Appeals;

public sealed class AppealPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_operator_takes_a_call_and_dispatches_it_and_the_handler_signs_it()
    {
        var page = await app.SignInAsync("operator");
        await page.GotoAsync("/Appeals/Intake");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByLabel("联系电话").FillAsync("13812345678");
        await page.GetByLabel("诉求人姓名").FillAsync("王五");
        await page.GetByLabel("县市").SelectOptionAsync("DCX");
        await page.GetByLabel("诉求类型").SelectOptionAsync("求助");
        await page.GetByLabel("紧急程度").SelectOptionAsync("紧急");
        await page.GetByLabel("诉求内容").FillAsync("小区停水两天，家中有老人");
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Appeals/", StringComparison.Ordinal) && !url.Contains("Intake", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("诉求已受理");
        await page.ShouldHaveNoSeriousViolationsAsync();

        // Department names are Chinese: the list's search box finds one by words, Enter picks the first match.
        var filter = page.GetByLabel("按名称筛选：主办");
        await filter.FillAsync("州 市场");
        (await page.Locator(".select-filter + [aria-live]").First.InnerTextAsync()).ShouldBe("匹配 1 项");
        await filter.PressAsync("Enter");
        (await page.GetByLabel("主办部门", new() { Exact = true }).InputValueAsync()).ShouldBe("market");
        (await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('name')")).ShouldBe("Form.Department");
        await page.GetByRole(AriaRole.Button, new() { Name = "派单", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("已派单");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("正常");
        var detail = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync("/Appeals?overdue=false");
        (await page.GetByRole(AriaRole.Table).InnerTextAsync()).ShouldContain("正常");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();

        var handler = await app.SignInAsync("handler.market");
        await handler.GotoAsync(detail);
        await handler.GetByRole(AriaRole.Button, new() { Name = "签收", Exact = true }).ClickAsync();
        (await handler.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("已签收");
        (await handler.Locator("h1").InnerTextAsync()).ShouldContain("已签收");
        await handler.ShouldHaveNoSeriousViolationsAsync();
        await handler.Context.CloseAsync();
    }

    [Fact]
    public async Task The_list_and_the_detail_page_are_accessible_to_a_handler()
    {
        var page = await app.SignInAsync("handler.market");
        await page.GotoAsync("/Appeals");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "诉求列表" }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }
}
