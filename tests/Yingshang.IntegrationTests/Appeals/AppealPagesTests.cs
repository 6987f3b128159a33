using System.Net;
using System.Text.RegularExpressions;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The appeal pages as a browser without JavaScript uses them.</summary>
public abstract partial class AppealPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static (string, string)[] Call(string key, string phone) =>
    [
        ("Key", key), ("RequesterPhone", phone), ("RequesterName", "李四"), ("County", "DCX"), ("Address", "东城县人民路 8 号"),
        ("Type", "投诉"), ("Urgency", "一般"), ("Channel", "phone"), ("Category", "市场监管"), ("Text", "超市销售过期食品"),
    ];

    [Fact]
    public async Task The_operator_console_names_a_bad_field_and_a_second_submit_opens_the_first_appeal()
    {
        using var op = await CookieSession.SignInAsync(app, "operator");
        var bad = await op.PostFormAsync("/Appeals/Intake", Call("k-" + Guid.NewGuid(), "123"));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CookieSession.HtmlOf(bad)).ShouldContain("联系电话须为 11 位手机号");

        // Every mistake of one call at once, each at its field, and what was typed is kept.
        var several = await op.PostFormAsync("/Appeals/Intake",
            [.. Call("k-" + Guid.NewGuid(), "123").Where(f => f.Item1 is not ("County" or "Text" or "RequesterName")), ("County", ""), ("Text", ""), ("RequesterName", "")]);
        var html = await CookieSession.HtmlOf(several);
        foreach (var message in new[] { "联系电话须为 11 位手机号", "请选择县市", "请填写诉求内容", "请填写诉求人姓名" }) html.ShouldContain(message);
        html.ShouldContain("东城县人民路 8 号");

        var key = "k-" + Guid.NewGuid();
        var first = await op.PostFormAsync("/Appeals/Intake", Call(key, "13912345678"));
        var second = await op.PostFormAsync("/Appeals/Intake", Call(key, "13912345678"));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldMatch(@"^/Appeals/\d+$");
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await op.HtmlAsync(first.Headers.Location.OriginalString)).ShouldContain("重复提交未产生新诉求");
    }

    [Fact]
    public async Task The_detail_page_offers_each_user_only_the_steps_they_may_take()
    {
        using var api = await app.ClientForAsync("operator");
        var id = await SubmitAsync(api);
        using var op = await CookieSession.SignInAsync(app, "operator");
        Steps(await op.HtmlAsync($"/Appeals/{id}")).ShouldBe(["派单", "并单"]);
        var dispatched = await op.PostFormAsync($"/Appeals/{id}", ("Act", "dispatch"), ("Form.Department", "market"), ("Form.CoDepartments", ""));
        dispatched.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var handler = await CookieSession.SignInAsync(app, "handler.market");
        var page = await handler.HtmlAsync($"/Appeals/{id}");
        Steps(page).ShouldBe(["签收", "申请退单"]);
        page.ShouldContain("正常");
        (await handler.PostFormAsync($"/Appeals/{id}", ("Act", "sign"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signed = await handler.HtmlAsync($"/Appeals/{id}");
        Steps(signed).ShouldBe(["响应（联系诉求人）", "申请退单", "申请延期"]);
        signed.ShouldContain("<th scope=\"col\">完成时间</th>");
        StepStates().Matches(signed).Select(m => m.Groups[1].Value).ShouldBe(["按时", "办理中", "办理中"]);
        var refused = await handler.PostFormAsync($"/Appeals/{id}", ("Act", "contact"), ("Form.Note", ""));
        (await CookieSession.HtmlOf(refused)).ShouldContain("请填写联系情况");

        using var housing = await CookieSession.SignInAsync(app, "handler.housing");
        (await housing.Client.GetAsync($"/Appeals/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_filters_shows_the_sla_state_in_words_and_exports_to_excel()
    {
        var id = await DispatchedAsync(app);
        using var lead = await CookieSession.SignInAsync(app, "lead.market");
        var list = await lead.HtmlAsync("/Appeals?status=dispatched&department=market");
        list.ShouldContain($"/Appeals/{id}\"");
        list.ShouldContain("<span class=\"badge ok\">正常</span>");
        var export = await lead.Client.GetAsync("/Appeals?handler=Export&status=dispatched");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).ToList();
        rows.ShouldNotBeEmpty();
        ((IDictionary<string, object>)rows[0])["受理时间"].ShouldBeOfType<DateTime>();

        // An export with a filter the list refuses goes back to the list, which says why.
        var refused = await lead.Client.GetAsync("/Appeals?handler=Export&status=abc");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldNotContain("handler");
        (await lead.HtmlAsync(refused.Headers.Location!.ToString())).ShouldContain("validation-summary-errors");
    }

    [Fact]
    public async Task Dispatch_takes_several_co_departments_and_a_returned_appeal_says_so_without_preselecting_who_returned_it()
    {
        using var api = await app.ClientForAsync("operator");
        // A call of the prefecture itself, so the suggestion is the prefecture's department (a county's would be the county's).
        var body = Body("举报", "超市销售过期食品，牛奶已经过期三天，要求市场监管部门查处");
        body["county"] = "示范州";
        var id = (await (await PostAsync(api, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using var op = await CookieSession.SignInAsync(app, "operator");
        var form = await op.HtmlAsync($"/Appeals/{id}");
        form.ShouldContain("<optgroup label=\"州直部门\">");
        form.ShouldContain("<option value=\"market\" selected=\"selected\">");
        (await op.PostFormAsync($"/Appeals/{id}", ("Act", "dispatch"), ("Form.Department", "market"),
            ("Form.CoDepartments", "housing"), ("Form.CoDepartments", "urban-management"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GetAsync(api, id)).GetProperty("coDepartments").EnumerateArray().Select(d => d.GetProperty("code").GetString()).Order()
            .ShouldBe(["housing", "urban-management"]);

        using var handler = await app.ClientForAsync("handler.market");
        using var lead = await app.ClientForAsync("lead.market");
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "return", new { reason = "食品流通环节由县市场监管局办理" });
        var approved = await OkStepAsync(lead, id, "return/approve");
        approved.GetProperty("returns")[0].GetProperty("department").GetProperty("code").GetString().ShouldBe("market");
        approved.GetProperty("returns")[0].GetProperty("reason").GetString().ShouldBe("食品流通环节由县市场监管局办理");

        var returned = await op.HtmlAsync($"/Appeals/{id}");
        returned.ShouldContain("已退单 1 次");
        returned.ShouldContain("食品流通环节由县市场监管局办理");
        returned.ShouldNotContain("<option value=\"market\" selected=\"selected\">");
        returned.ShouldContain("退过单的部门不预选");
        var number = (await GetAsync(api, id)).GetProperty("number").GetString();
        (await op.HtmlAsync($"/Appeals?q={number}")).ShouldContain("退单 1 次");
    }

    [Fact]
    public async Task The_visit_form_preselects_nothing_and_keeps_what_was_typed_and_the_survivor_lists_what_was_merged_into_it()
    {
        using var api = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        using var supervisor = await app.ClientForAsync("supervisor");
        var id = await DispatchedAsync(app);
        var duplicate = await SubmitAsync(api);
        await OkStepAsync(api, duplicate, "merge", new { into = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已电话联系" });
        await OkStepAsync(handler, id, "reply", new { content = "已责令整改" });
        await OkStepAsync(supervisor, id, "close");

        using var op = await CookieSession.SignInAsync(app, "operator");
        var page = await op.HtmlAsync($"/Appeals/{id}");
        page.ShouldContain("并入本件的诉求");
        page.ShouldContain($"/Appeals/{duplicate}\"");
        page.ShouldNotContain("checked=\"checked\"");
        page.ShouldContain("<option value=\"\">请选择</option>");

        var noOutcome = await CookieSession.HtmlOf(await op.PostFormAsync($"/Appeals/{id}", ("Act", "visit"), ("Form.Note", "诉求人表示基本满意")));
        noOutcome.ShouldContain("请选择诉求是否已解决");
        noOutcome.ShouldContain("诉求人表示基本满意</textarea>");
        var noScore = await CookieSession.HtmlOf(await op.PostFormAsync($"/Appeals/{id}", ("Act", "visit"), ("Form.Outcome", "resolved"), ("Form.Note", "诉求人表示基本满意")));
        noScore.ShouldContain("请选择满意度（1–5 分）");
        noScore.ShouldContain("value=\"resolved\" required checked=\"checked\"");
        (await GetAsync(api, id)).GetProperty("status").GetString().ShouldBe("closed");
        (await op.PostFormAsync($"/Appeals/{id}", ("Act", "visit"), ("Form.Outcome", "unreachable"), ("Form.Satisfaction", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GetAsync(api, id)).GetProperty("visit").GetProperty("unreachable").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("operator", "/Appeals/Intake", "受理登记")]
    [InlineData("operator", "/Appeals", "诉求列表")]
    [InlineData("supervisor", "/Appeals?escalation=supervised", "督办诉求")]
    [InlineData("supervisor", "/Policies/MatchRuns", "匹配批次")]
    public async Task The_side_navigation_marks_one_entry_as_the_current_page(string user, string path, string title)
    {
        using var session = await CookieSession.SignInAsync(app, user);
        var current = CurrentEntry().Matches(await session.HtmlAsync(path)).Select(m => m.Groups[1].Value).ToList();
        current.ShouldBe([title]);
    }

    [GeneratedRegex("<td><span class=\"badge[^\"]*\">([^<]+)</span></td></tr>")]
    private static partial Regex StepStates();

    [GeneratedRegex("aria-current=\"page\">([^<]+)</a>")]
    private static partial Regex CurrentEntry();

    private static List<string> Steps(string html) => [.. StepTitle().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<h3>([^<]+)</h3>")]
    private static partial Regex StepTitle();
}

public sealed class AppealPagesTests_Sqlite(SqliteAppFactory app) : AppealPagesTests<SqliteAppFactory>(app);

public sealed class AppealPagesTests_Postgres(PostgresAppFactory app) : AppealPagesTests<PostgresAppFactory>(app);
