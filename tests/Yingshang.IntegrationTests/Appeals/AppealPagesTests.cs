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
        Steps(await handler.HtmlAsync($"/Appeals/{id}")).ShouldBe(["响应（联系诉求人）", "申请退单", "申请延期"]);
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

        // An export with a filter the list refuses goes back to the list, which says why.
        var refused = await lead.Client.GetAsync("/Appeals?handler=Export&status=abc");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldNotContain("handler");
        (await lead.HtmlAsync(refused.Headers.Location!.ToString())).ShouldContain("validation-summary-errors");
    }

    private static List<string> Steps(string html) => [.. StepTitle().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<h3>([^<]+)</h3>")]
    private static partial Regex StepTitle();
}

public sealed class AppealPagesTests_Sqlite(SqliteAppFactory app) : AppealPagesTests<SqliteAppFactory>(app);

public sealed class AppealPagesTests_Postgres(PostgresAppFactory app) : AppealPagesTests<PostgresAppFactory>(app);
