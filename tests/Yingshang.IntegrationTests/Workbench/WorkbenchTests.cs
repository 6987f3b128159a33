using System.Net;
using System.Text.RegularExpressions;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Workbench;

/// <summary>The 工作台 lists what waits for the user's roles, each count equal to the total of the list it links to.</summary>
public abstract partial class WorkbenchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_handler_and_a_lead_see_their_departments_waiting_work_as_the_lists_count_it()
    {
        var id = await DispatchedAsync(app);
        using var handlerApi = await app.ClientForAsync("handler.market");
        var signed = await DispatchedAsync(app);
        await OkStepAsync(handlerApi, signed, "sign");
        await OkStepAsync(handlerApi, signed, "extend", new { workingDays = 3, reason = "需要检测" });

        using var handler = await CookieSession.SignInAsync(app, "handler.market");
        var todos = Todos(await handler.HtmlAsync("/"));
        todos["待签收"].Count.ShouldBe(await TotalAsync(handlerApi, "status=dispatched&department=market"));
        todos["待签收"].Count.ShouldBeGreaterThan(0);
        todos["待签收"].Href.ShouldBe("/Appeals?status=dispatched&department=market");
        // An appeal market only co-handles waits for the lead department, not for market.
        await DispatchedAsync(app, "housing", "market");
        Todos(await handler.HtmlAsync("/"))["待签收"].Count.ShouldBe(todos["待签收"].Count);
        todos.ShouldNotContainKey("待派单");
        todos.ShouldNotContainKey("延期待审批");
        (await handler.HtmlAsync(todos["待签收"].Href)).ShouldContain($"/Appeals/{id}\"");

        using var lead = await CookieSession.SignInAsync(app, "lead.market");
        using var leadApi = await app.ClientForAsync("lead.market");
        var leads = Todos(await lead.HtmlAsync("/"));
        leads["延期待审批"].Count.ShouldBe(await TotalAsync(leadApi, "extension=pending&department=market"));
        leads["延期待审批"].Count.ShouldBeGreaterThan(0);
        (await lead.HtmlAsync(leads["延期待审批"].Href)).ShouldContain($"/Appeals/{signed}\"");
        leads.ShouldContainKey("兑现案件待审批");
        Todos(await handler.HtmlAsync("/"))["已审批待支付"].Href.ShouldBe("/Policies/Grants?status=Approved&payable=true");

        using var housing = await app.ClientForAsync("handler.housing");
        using var housingPage = await CookieSession.SignInAsync(app, "handler.housing");
        Todos(await housingPage.HtmlAsync("/"))["待签收"].Count.ShouldBe(await TotalAsync(housing, "status=dispatched&department=housing"));
        (await (await leadApi.GetAsync("/api/v1/appeals?extension=maybe")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("extension", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_centre_sees_what_waits_for_dispatch_review_and_visit_and_an_enterprise_its_benefits()
    {
        using var api = await app.ClientForAsync("operator");
        await SubmitAsync(api);
        using var op = await CookieSession.SignInAsync(app, "operator");
        var todos = Todos(await op.HtmlAsync("/"));
        todos["待派单"].Count.ShouldBe(await TotalAsync(api, "status=received"));
        todos.Keys.ShouldContain("待审核办结");
        todos.Keys.ShouldContain("待回访");
        todos.ShouldNotContainKey("待签收");

        using var enterprise = await CookieSession.SignInAsync(app, "qiye.demo1");
        var mine = Todos(await enterprise.HtmlAsync("/"));
        mine["待确认享受的政策"].Href.ShouldBe("/Policies/MyBenefits?status=Notified");
        mine.ShouldNotContainKey("待派单");
        (await enterprise.Client.GetAsync(mine["待确认享受的政策"].Href)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await (await client.GetAsync($"/api/v1/appeals?{query}&pageSize=1")).ShouldBeJsonAsync()).GetProperty("total").GetInt32();

    private static Dictionary<string, (int Count, string Href)> Todos(string html) =>
        Tile().Matches(html).ToDictionary(m => m.Groups[2].Value, m => (int.Parse(m.Groups[3].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value));

    [GeneratedRegex("<a class=\"tile\" href=\"([^\"]+)\"><span>([^<]+)</span><strong[^>]*>([0-9,]+)</strong></a>")]
    private static partial Regex Tile();
}

public sealed class WorkbenchTests_Sqlite(SqliteAppFactory app) : WorkbenchTests<SqliteAppFactory>(app);

public sealed class WorkbenchTests_Postgres(PostgresAppFactory app) : WorkbenchTests<PostgresAppFactory>(app);
