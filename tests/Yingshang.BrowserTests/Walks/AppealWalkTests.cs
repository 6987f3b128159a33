using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Walks;

/// <summary>
/// Issue 3's "done when": an operator, a handler, a lead and a supervisor take a phone call through to the visit in the UI,
/// each in their own browser, with pages only.
/// </summary>
public sealed partial class AppealWalkTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_phone_call_is_taken_through_dispatch_signing_contact_extension_reply_closing_and_the_visit()
    {
        var op = await app.SignInAsync("operator");
        var (id, number) = await TakeCallAsync(op, "13812347701", "吴九", "东城县建设路 18 号", "某超市出售过期食品，要求查处。");
        await StepAsync(op, "派单", async form => await form.GetByLabel("主办部门").SelectOptionAsync("market"));
        (await StatusAsync(op)).ShouldBe("已派单");

        var handler = await app.SignInAsync("handler.market");
        await FindInListAsync(handler, number);
        handler.Url.ShouldEndWith($"/Appeals/{id}");
        await StepAsync(handler, "签收");
        await StepAsync(handler, "响应（联系诉求人）", form => form.GetByLabel("联系情况（必填）").FillAsync("已电话联系诉求人，约定明日现场核查。"));
        await StepAsync(handler, "申请延期", async form =>
        {
            await form.GetByLabel("延期工作日（1–10）").FillAsync("3");
            await form.GetByLabel("延期理由（必填）").FillAsync("需抽样送检，检测报告需 5 个工作日。");
        });
        (await Facts(handler).InnerTextAsync()).ShouldContain("待审批：3 个工作日");

        var lead = await app.SignInAsync("lead.market");
        await lead.GotoAsync($"/Appeals/{id}");
        await StepAsync(lead, "同意延期", form => form.GetByLabel("意见（可选）").FillAsync("同意。"));
        (await Facts(lead).InnerTextAsync()).ShouldContain("已批准：3 个工作日");

        await handler.GotoAsync($"/Appeals/{id}");
        await StepAsync(handler, "答复", form => form.GetByLabel("答复内容（必填）").FillAsync("经查属实，已责令超市下架过期食品并立案调查。"));
        (await StatusAsync(handler)).ShouldBe("已答复");

        var supervisor = await app.SignInAsync("supervisor");
        await supervisor.GotoAsync($"/Appeals/{id}");
        (await Facts(supervisor).InnerTextAsync()).ShouldContain("已责令超市下架过期食品");
        await StepAsync(supervisor, "审核办结", form => form.GetByLabel("意见（可选）").FillAsync("答复属实，准予办结。"));
        (await StatusAsync(supervisor)).ShouldBe("已办结");

        await op.GotoAsync($"/Appeals/{id}");
        await StepAsync(op, "回访", async form =>
        {
            await form.GetByLabel("已解决").CheckAsync();
            await form.GetByLabel("满意度（1–5 分；无法联系时不填）").SelectOptionAsync("5");
        });
        (await StatusAsync(op)).ShouldBe("已回访");
        (await Facts(op).InnerTextAsync()).ShouldContain("已解决，满意度 5 分");
        (await op.GetByRole(AriaRole.Heading, new() { Name = "可执行的操作" }).CountAsync()).ShouldBe(0);

        var history = await op.Locator(".timeline > li").AllInnerTextsAsync();
        string[][] expected =
        [
            ["受理", "operator"], ["派单", "operator"], ["签收", "handler.market"], ["响应", "handler.market"],
            ["延期", "handler.market"], ["延期", "lead.market"], ["答复", "handler.market"], ["办结", "supervisor"], ["回访", "operator"],
        ];
        history.Count.ShouldBe(expected.Length, string.Join("\n", history));
        for (var i = 0; i < expected.Length; i++)
        {
            history[i].ShouldContain(expected[i][0], Case.Sensitive, string.Join("\n", history));
            history[i].ShouldContain($"（{expected[i][1]}）", Case.Sensitive, string.Join("\n", history));
        }
        await op.ShouldHaveNoSeriousViolationsAsync();
        foreach (var page in new[] { op, handler, lead, supervisor }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_return_requested_by_the_handler_and_approved_by_the_lead_goes_back_to_the_dispatch_queue()
    {
        var op = await app.SignInAsync("operator");
        var (id, number) = await TakeCallAsync(op, "13812347702", "郑十", "东城县文化路 3 号", "小区门口的路灯坏了三个月没人修。");
        await StepAsync(op, "派单", async form => await form.GetByLabel("主办部门").SelectOptionAsync("market"));

        var handler = await app.SignInAsync("handler.market");
        await FindInListAsync(handler, number);
        await StepAsync(handler, "申请退单", form => form.GetByLabel("理由（必填）").FillAsync("路灯维修不属市场监管职责，应派城管部门。"));
        (await StatusAsync(handler)).ShouldBe("退单待审");

        var lead = await app.SignInAsync("lead.market");
        await FindInListAsync(lead, number);
        // Back in the dispatch queue, the appeal has left the department: the lead lands on the list, told so.
        await StepAsync(lead, "同意退单", form => form.GetByLabel("意见（可选）").FillAsync("同意退回中心重新派单。"));
        lead.Url.ShouldEndWith("/Appeals");
        (await lead.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("已不在您的办理范围内");
        await lead.GotoAsync("/Appeals");
        (await lead.GetByRole(AriaRole.Status).CountAsync()).ShouldBe(0);
        await handler.GotoAsync($"/Appeals?q={number}");
        (await handler.GetByRole(AriaRole.Link, new() { Name = number }).CountAsync()).ShouldBe(0);

        await op.GotoAsync("/Appeals?status=received");
        await op.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        (await StatusAsync(op)).ShouldBe("待派单");
        (await Facts(op).InnerTextAsync()).ShouldContain("未派单");
        (await op.GetByRole(AriaRole.Button, new() { Name = "派单", Exact = true }).CountAsync()).ShouldBe(1);
        var history = string.Join("\n", await op.Locator(".timeline > li").AllInnerTextsAsync());
        history.ShouldContain("（handler.market）");
        history.ShouldContain("路灯维修不属市场监管职责");
        history.ShouldContain("（lead.market）");
        foreach (var page in new[] { op, handler, lead }) await page.Context.CloseAsync();
    }

    /// <summary>The operator console: the caller's details in the order of the call, then 受理; returns the new appeal.</summary>
    private static async Task<(int Id, string Number)> TakeCallAsync(IPage page, string phone, string name, string address, string content)
    {
        await page.GotoAsync("/Appeals/Intake");
        await page.GetByLabel("联系电话（必填）").FillAsync(phone);
        await page.GetByLabel("诉求人姓名（必填）").FillAsync(name);
        await page.GetByLabel("县市（必填）").SelectOptionAsync(new SelectOptionValue { Label = "东城县" });
        await page.GetByLabel("地址").FillAsync(address);
        await page.GetByLabel("诉求类型（必填）").SelectOptionAsync("投诉");
        await page.GetByLabel("紧急程度（必填）").SelectOptionAsync("一般");
        await page.GetByLabel("诉求分类").FillAsync("市场监管");
        await page.GetByLabel("诉求内容（必填，最多 4000 字）").FillAsync(content);
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(DetailUrl());
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("诉求已受理");
        (await StatusAsync(page)).ShouldBe("待派单");
        var number = NumberPattern().Match(await page.Locator("h1").InnerTextAsync()).Value;
        number.ShouldNotBeEmpty();
        return (int.Parse(DetailUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), number);
    }

    /// <summary>Searches the list for the case number and opens it, as a department user finds new work.</summary>
    private static async Task FindInListAsync(IPage page, string number)
    {
        await page.GotoAsync("/Appeals");
        await page.GetByLabel("关键词").FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await page.WaitForURLAsync(DetailUrl());
    }

    /// <summary>Fills the step's own form (the one headed by its title) and submits it; the page confirms it.</summary>
    private static async Task StepAsync(IPage page, string title, Func<ILocator, Task>? fill = null)
    {
        var form = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });
        if (fill is not null) await fill(form);
        await form.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"已{title}。" });
        await status.WaitForAsync(new() { Timeout = 15_000 });
    }

    private static async Task<string> StatusAsync(IPage page) => (await page.Locator("h1 .badge").First.InnerTextAsync()).Trim();

    private static ILocator Facts(IPage page) => page.Locator("dl.facts");

    [GeneratedRegex(@"/Appeals/(\d+)$")]
    private static partial Regex DetailUrl();

    [GeneratedRegex(@"SFZ-APL-\d{4}-\d{6}")]
    private static partial Regex NumberPattern();
}
