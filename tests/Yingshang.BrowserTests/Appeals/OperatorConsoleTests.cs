using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Appeals;

/// <summary>The operator console during a phone call, with the keyboard only (issue 5 item 6).</summary>
public sealed class OperatorConsoleTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int MaxTabs = 40;

    [Fact]
    public async Task An_operator_answers_a_consultation_from_the_knowledge_base_with_the_keyboard_only()
    {
        var page = await app.SignInAsync("operator");
        await page.GotoAsync("/Appeals/Intake");
        var keys = page.Keyboard;
        await keys.TypeAsync("13812340001");               // 联系电话 has the focus when the page opens
        await keys.PressAsync("Tab");
        await keys.TypeAsync("孙七");
        await keys.PressAsync("Tab");                       // 保密 stays unchecked
        await keys.PressAsync("Tab");
        await SelectWithArrowsAsync(page, "County", "DCX");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("东城县人民路 9 号");
        await keys.PressAsync("Tab");
        await keys.PressAsync("Home");                      // 诉求类型: the first option, 咨询
        (await page.InputValueAsync("#Type")).ShouldBe("咨询");
        foreach (var _ in new[] { "Urgency", "Channel", "Category", "Text" }) await keys.PressAsync("Tab");
        await keys.TypeAsync("请问营业执照怎么办理");

        var answer = page.GetByRole(AriaRole.Button, new() { Name = "直接答复" }).First;
        await answer.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ShouldHaveNoSeriousViolationsAsync();
        var question = await page.Locator(".console-assist .knowledge-results h3").First.InnerTextAsync();
        question.ShouldContain("营业执照");

        await TabToAsync(page, "直接答复");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("Intake", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("引用知识库条目直接答复");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("直接答复");
        (await page.Locator(".timeline").InnerTextAsync()).ShouldContain(question);
        (await page.Locator("dl.facts").InnerTextAsync()).ShouldContain("东城县");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_complaint_typed_with_the_keyboard_is_received_with_ctrl_enter_and_the_dispatch_form_preselects_the_suggestion()
    {
        var page = await app.SignInAsync("operator");
        await page.GotoAsync("/Appeals/Intake");
        var keys = page.Keyboard;
        await keys.TypeAsync("13812340002");
        await keys.PressAsync("Enter");                     // Enter moves on in the call's order; it does not send half a call
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("RequesterName");
        page.Url.ShouldContain("/Appeals/Intake");
        await keys.TypeAsync("周八");
        await keys.PressAsync("Tab");
        await keys.PressAsync("Tab");
        await SelectWithArrowsAsync(page, "County", "DCX");
        foreach (var _ in new[] { "Address", "Type" }) await keys.PressAsync("Tab");
        await keys.PressAsync("Home");                      // 咨询: the operator picked the wrong type
        foreach (var _ in new[] { "Urgency", "Channel", "Category", "Text" }) await keys.PressAsync("Tab");
        await keys.TypeAsync("我要投诉，小区冬天供暖不热，暖气片是凉的");
        await page.Locator(".console-assist .suggested li").First.WaitForAsync();
        (await page.Locator(".console-assist .suggested").InnerTextAsync()).ShouldContain("住房和城乡建设局");
        (await page.InputValueAsync("#Type")).ShouldBe("咨询");
        await TabToAsync(page, "采用建议的类型和分类");
        await keys.PressAsync("Enter");
        (await page.InputValueAsync("#Type")).ShouldBe("投诉");
        var category = await page.InputValueAsync("#Category");
        category.ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("[data-apply-status]").InnerTextAsync()).ShouldBe($"已采用：类型 投诉，分类 {category}");
        await keys.PressAsync("Control+Enter");
        await page.WaitForURLAsync(url => !url.Contains("Intake", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("诉求已受理");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("待派单");
        // The confirmation offers the next call with the focus on it.
        (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).ShouldBe("受理下一件");
        var received = page.Url;
        (await page.InputValueAsync("#dep-dispatch")).ShouldBeOneOf("housing", "dcx.housing"); // the prefecture's or the call's county's
        (await page.Locator("dl.facts").InnerTextAsync()).ShouldContain(category);
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/Appeals/Intake", StringComparison.Ordinal));
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("RequesterPhone");

        // A step refused for its input puts the focus on the reason, in the step's own form.
        await page.GotoAsync(received);
        var dispatch = page.Locator("form", new() { Has = page.Locator("h3", new() { HasText = "派单" }) });
        await dispatch.Locator("select[name='Form.Department']").SelectOptionAsync("market");
        await dispatch.Locator("select[name='Form.CoDepartments'] option[value='market']").IsDisabledAsync().ContinueWith(t => t.Result.ShouldBeTrue());
        await dispatch.Locator("select[name='Form.CoDepartments']").EvaluateAsync("s => { s.querySelector('option[value=market]').disabled = false; s.querySelector('option[value=market]').selected = true; }");
        await dispatch.Locator("select[name='Form.Department']").FocusAsync();
        await keys.PressAsync("Control+Enter");
        await page.Locator("[data-focus-error]").WaitForAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).ShouldContain("协办部门不能与主办部门相同");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Moves a focused select with the arrow keys until it shows <paramref name="value"/>.</summary>
    private static async Task SelectWithArrowsAsync(IPage page, string id, string value)
    {
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe(id);
        for (var i = 0; i < 12 && await page.InputValueAsync($"#{id}") != value; i++) await page.Keyboard.PressAsync("ArrowDown");
        (await page.InputValueAsync($"#{id}")).ShouldBe(value);
    }

    private static async Task TabToAsync(IPage page, string text)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") == text) return;
        }
        throw new ShouldAssertException($"“{text}” was not reached with {MaxTabs} Tab presses");
    }
}
