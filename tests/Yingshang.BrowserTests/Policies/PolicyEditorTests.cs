using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Policies;

public sealed partial class PolicyEditorTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_officer_writes_a_policy_sees_the_rule_error_at_its_position_fixes_it_saves_and_publishes()
    {
        var page = await app.SignInAsync("supervisor");
        await page.GotoAsync("/Policies");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建政策" }).ClickAsync();
        await page.GetByLabel("政策标题").FillAsync("示范州科技型中小企业研发奖励办法");
        await page.GetByLabel("发文机关").FillAsync("示范州科学技术局");
        await page.GetByLabel("文号").FillAsync("示科发〔2026〕9号");
        await page.GetByLabel("生效日期", new() { Exact = true }).FillAsync("2026-01-01");
        await page.GetByLabel("主题（政策汇编的章）").FillAsync("科技创新");
        await page.GetByLabel("编码", new() { Exact = true }).FillAsync("BR-01");
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync("科技型中小企业研发奖励");
        await page.GetByLabel("兑现部门", new() { Exact = true }).SelectOptionAsync("industry");

        var rule = page.GetByLabel("享受条件（规则）");
        await rule.FillAsync("tags has \"专精特新\" and size > 3");
        var check = page.Locator("#check-0-rule");
        await check.GetByText("第 26 个字符处").WaitForAsync();
        var caret = (await check.Locator("pre.rule-caret").InnerTextAsync()).Split('\n')[1];
        caret.IndexOf('^', StringComparison.Ordinal).ShouldBe(25); // under the ">" (the four Chinese characters count one each)
        await page.ShouldHaveNoSeriousViolationsAsync();

        await rule.FillAsync("tags has \"专精特新\" and size = \"小型\"");
        await check.GetByText("条件校验通过").WaitForAsync();
        await page.GetByLabel("金额公式（元，可选）").FillAsync("min(tax_paid * 0.1, 50000)");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await page.WaitForURLAsync(SavedUrl());
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("草稿");
        (await page.GetByLabel("享受条件（规则）").InputValueAsync()).ShouldBe("tags has \"专精特新\" and size = \"小型\"");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await page.WaitForURLAsync(DetailUrl());
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("已发布");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("BR-01");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Policies/\d+/Edit\?saved=true$")]
    private static partial Regex SavedUrl();

    [GeneratedRegex(@"/Policies/Detail/\d+$")]
    private static partial Regex DetailUrl();
}
