using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Security;

namespace Yingshang.BrowserTests.Walks;

/// <summary>
/// Issue 4's "done when": a policy officer writes a benefit in the rule language, tests it, publishes it, runs the match,
/// and the case goes notification → confirmation → approval → payment, each actor in their own browser, pages only.
/// </summary>
public sealed partial class PolicyWalkTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Code = "WALK-01";
    private const string BenefitName = "示范州市场主体培育奖补";

    [Fact]
    public async Task A_benefit_written_tested_and_published_is_matched_confirmed_approved_and_paid()
    {
        var enterprise = await DemoEnterpriseAsync("qiye.demo1");
        var rule = RuleFor(enterprise);

        // The officer (营商环境专班) writes the policy as a draft and checks the rule as it is typed.
        var officer = await app.SignInAsync("supervisor");
        await officer.GotoAsync("/Policies/New");
        await officer.GetByLabel("政策标题").FillAsync("示范州市场主体培育奖补办法");
        await officer.GetByLabel("发文机关").FillAsync("示范州市场监督管理局");
        await officer.GetByLabel("文号").FillAsync("示市监发〔2026〕21号");
        await officer.GetByLabel("生效日期", new() { Exact = true }).FillAsync("2026-01-01");
        await officer.GetByLabel("主题（政策汇编的章）").FillAsync("市场主体培育");
        await officer.GetByLabel("编码", new() { Exact = true }).FillAsync(Code);
        await officer.GetByLabel("名称", new() { Exact = true }).FillAsync(BenefitName);
        await officer.GetByLabel("类别").SelectOptionAsync("奖补");
        await officer.GetByLabel("兑现方式").SelectOptionAsync("免申即享");
        await officer.GetByLabel("兑现部门", new() { Exact = true }).SelectOptionAsync("market");
        await officer.GetByLabel("享受条件（规则）").FillAsync(rule);
        await officer.Locator("#check-0-rule").GetByText("条件校验通过").WaitForAsync();
        await officer.GetByLabel("金额公式（元，可选）").FillAsync("20000");
        await officer.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await officer.WaitForURLAsync(EditUrl());
        (await officer.Locator("h1").InnerTextAsync()).ShouldContain("草稿");

        // Tests the rule against sample enterprises on the test page (opened from the form in a new window).
        var test = await officer.RunAndWaitForPopupAsync(() =>
            officer.GetByRole(AriaRole.Link, new() { Name = "用样本企业试算此规则（新窗口）" }).ClickAsync());
        await test.GetByLabel("样本企业统一社会信用代码").FillAsync(enterprise.Uscc);
        await test.GetByRole(AriaRole.Button, new() { Name = "试算" }).ClickAsync();
        var sample = test.GetByRole(AriaRole.Row).Filter(new() { HasText = enterprise.Uscc });
        (await sample.CountAsync()).ShouldBe(1);
        (await sample.InnerTextAsync()).ShouldContain("符合");
        (await sample.InnerTextAsync()).ShouldNotContain("不符合");
        (await sample.InnerTextAsync()).ShouldContain("20,000.00");
        await test.CloseAsync();

        await officer.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await officer.WaitForURLAsync(PolicyDetailUrl());
        (await officer.Locator("h1").InnerTextAsync()).ShouldContain("已发布");

        // Starts a match run and follows its progress until the page (polling by itself) shows it completed.
        await officer.GotoAsync("/Policies/MatchRuns");
        await officer.GetByRole(AriaRole.Button, new() { Name = "发起匹配" }).ClickAsync();
        await officer.WaitForURLAsync(RunUrl());
        await officer.Locator("#run-status", new() { HasText = "已完成" }).WaitForAsync(new() { Timeout = 180_000 });
        var counts = officer.GetByRole(AriaRole.Row).Filter(new() { Has = officer.GetByRole(AriaRole.Rowheader, new() { Name = $"{Code} {BenefitName}" }) });
        await counts.GetByRole(AriaRole.Link).First.ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/Results?", StringComparison.Ordinal));
        (await officer.Locator("h1").InnerTextAsync()).ShouldContain("符合");
        await officer.GetByRole(AriaRole.Link, new() { Name = enterprise.Uscc }).WaitForAsync();

        // The department sees the case opened and the enterprise notified.
        var lead = await app.SignInAsync("lead.market");
        await OpenCaseAsync(lead, enterprise.Uscc);
        (await StatusAsync(lead)).ShouldBe("待企业确认");
        (await lead.Locator("dl.facts").InnerTextAsync()).ShouldContain("通知时间");

        // The notice went out through the outbox: the administrator sees the message to the enterprise sent.
        var admin = await app.SignInAsync("admin");
        var notice = await SentNotificationAsync(admin, $"PolicyGrant {Code}/{enterprise.Uscc}");
        notice.ShouldContain(enterprise.Uscc);
        notice.ShouldContain("免申即享");
        await admin.Context.CloseAsync();

        // The enterprise sees the benefit and confirms with its bank account.
        var company = await app.SignInAsync("qiye.demo1");
        await company.GotoAsync("/Policies/MyBenefits");
        var mine = company.GetByRole(AriaRole.Row).Filter(new() { HasText = Code });
        (await mine.InnerTextAsync()).ShouldContain("待企业确认");
        (await mine.InnerTextAsync()).ShouldContain("20,000.00");
        await mine.GetByRole(AriaRole.Link, new() { Name = "确认或放弃" }).ClickAsync();
        await company.GetByLabel("开户银行").FillAsync("中国农业银行示范州分行");
        (await company.GetByLabel("账户名称").InputValueAsync()).ShouldBe(enterprise.Name);
        await company.GetByLabel("银行账号").FillAsync("6228 4801 2345 6789 012");
        await company.ShouldHaveNoSeriousViolationsAsync();
        await company.GetByRole(AriaRole.Button, new() { Name = "确认享受" }).ClickAsync();
        (await company.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("等待兑现部门审批");
        (await StatusAsync(company)).ShouldBe("待部门审批");

        // The department lead approves; the handler records the payment with its voucher and marks it paid.
        await lead.ReloadAsync();
        (await StatusAsync(lead)).ShouldBe("待部门审批");
        await lead.GetByLabel("意见（可选）").FillAsync("核定无误，同意兑现。");
        await lead.GetByRole(AriaRole.Button, new() { Name = "审批通过" }).ClickAsync();
        (await lead.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("已审批通过");
        (await StatusAsync(lead)).ShouldBe("已审批");

        var handler = await app.SignInAsync("handler.market");
        await OpenCaseAsync(handler, enterprise.Uscc);
        (await handler.GetByLabel("金额（元）").InputValueAsync()).ShouldStartWith("20000");
        await handler.GetByLabel("凭证号").FillAsync("ZF-2026-WALK01");
        await handler.GetByRole(AriaRole.Button, new() { Name = "登记（待支付）" }).ClickAsync();
        await handler.GetByRole(AriaRole.Heading, new() { Name = "凭证 ZF-2026-WALK01 已支付" }).WaitForAsync();
        await handler.GetByRole(AriaRole.Button, new() { Name = "标记已支付" }).ClickAsync();
        (await handler.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("已标记为已支付");
        (await StatusAsync(handler)).ShouldBe("已支付");
        var ledger = handler.GetByRole(AriaRole.Row).Filter(new() { HasText = "ZF-2026-WALK01" });
        (await ledger.InnerTextAsync()).ShouldContain("已支付");
        var history = await handler.Locator(".timeline > li").AllInnerTextsAsync();
        history.ShouldContain(h => h.Contains("qiye.demo1", StringComparison.Ordinal) || h.Contains(enterprise.Name, StringComparison.Ordinal), string.Join("\n", history));
        history.ShouldContain(h => h.Contains("lead.market", StringComparison.Ordinal), string.Join("\n", history));
        history.ShouldContain(h => h.Contains("handler.market", StringComparison.Ordinal), string.Join("\n", history));

        // The enterprise sees it paid.
        await company.GotoAsync("/Policies/MyBenefits");
        (await company.GetByRole(AriaRole.Row).Filter(new() { HasText = Code }).InnerTextAsync()).ShouldContain("已支付");
        await company.GetByRole(AriaRole.Row).Filter(new() { HasText = Code }).GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        (await StatusAsync(company)).ShouldBe("已支付");
        (await company.Locator("dl.facts").InnerTextAsync()).ShouldContain("支付日期");
        (await company.GetByRole(AriaRole.Row).Filter(new() { HasText = "ZF-2026-WALK01" }).InnerTextAsync()).ShouldContain("已支付");
        foreach (var page in new[] { officer, lead, company, handler }) await page.Context.CloseAsync();
    }

    /// <summary>The department's case list filtered to the benefit and the enterprise, then the case itself.</summary>
    private static async Task OpenCaseAsync(IPage page, string uscc)
    {
        await page.GotoAsync("/Policies/Grants");
        await page.GetByLabel("兑现事项编码").FillAsync(Code);
        await page.GetByLabel("统一社会信用代码").FillAsync(uscc);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = uscc }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(GrantUrl());
    }

    /// <summary>
    /// The outbox page (message channel, newest first) paged through until the notice about <paramref name="related"/> is
    /// found sent; the delivery job runs every few seconds, so the page is reloaded until it is.
    /// </summary>
    private static async Task<string> SentNotificationAsync(IPage page, string related)
    {
        for (var poll = 0; poll < 60; poll++)
        {
            await page.GotoAsync("/Admin/Notifications?channel=message");
            while (true)
            {
                var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = related });
                if (await row.CountAsync() > 0)
                {
                    var text = await row.InnerTextAsync();
                    if (text.Contains("已发送", StringComparison.Ordinal)) return text;
                    break;
                }
                var next = page.GetByRole(AriaRole.Link, new() { Name = "下一页" });
                if (await next.CountAsync() == 0) break;
                await next.ClickAsync();
            }
            await page.WaitForTimeoutAsync(1_000);
        }
        throw new ShouldAssertException($"no sent notification about {related}");
    }

    /// <summary>The register entry the demo enterprise user is linked to (its <c>uscc</c> claim): what the officer targets.</summary>
    private async Task<EnterpriseFacts> DemoEnterpriseAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName);
        user.ShouldNotBeNull($"demo user {userName} was not seeded");
        var uscc = (await users.GetClaimsAsync(user)).Single(c => c.Type == AppClaims.Uscc).Value;
        var facts = await scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>().FindAsync(uscc, CancellationToken.None);
        facts.ShouldNotBeNull();
        return facts;
    }

    private static string RuleFor(EnterpriseFacts e)
    {
        var rule = $"kind = \"{e.Kind.Title()}\"";
        if (e.County is not null) rule += $" and county = \"{e.County}\"";
        if (e.Established is { } d) rule += $" and established = {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return rule;
    }

    private static async Task<string> StatusAsync(IPage page) => (await page.Locator("h1 .badge").First.InnerTextAsync()).Trim();

    [GeneratedRegex(@"/Policies/\d+/Edit\?saved=true$")]
    private static partial Regex EditUrl();

    [GeneratedRegex(@"/Policies/Detail/\d+$")]
    private static partial Regex PolicyDetailUrl();

    [GeneratedRegex(@"/Policies/MatchRuns/\d+$")]
    private static partial Regex RunUrl();

    [GeneratedRegex(@"/Policies/Grants/\d+$")]
    private static partial Regex GrantUrl();
}
