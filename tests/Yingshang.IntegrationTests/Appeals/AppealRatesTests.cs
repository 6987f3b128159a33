using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>
/// The rates on a hand-built set of appeals (README.md of Appeals, "Rates"). One scenario moves the clock, so it is the
/// only test of this class that creates appeals; the others only read.
/// </summary>
public abstract class AppealRatesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Rates_composite_and_ranks_follow_the_definitions_for_a_month_and_its_quarter()
    {
        using var sv = await app.ClientForAsync("supervisor");
        async Task<int> New(string type, string county, string urgency = "一般")
        {
            var body = Body(type);
            body["county"] = county;
            body["urgency"] = urgency;
            return (await (await PostAsync(sv, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }
        async Task<int> Done(string department, string county, bool resolved, int satisfaction)
        {
            var id = await New("投诉", county);
            await OkStepAsync(sv, id, "dispatch", new { department });
            await OkStepAsync(sv, id, "sign");
            await OkStepAsync(sv, id, "contact", new { note = "已联系" });
            await OkStepAsync(sv, id, "reply", new { content = "已处理" });
            await OkStepAsync(sv, id, "close", new { note = "办结" });
            await OkStepAsync(sv, id, "visit", new { resolved, satisfaction });
            return id;
        }

        var a1 = await Done("market", "东城县", true, 5);
        await Done("market", "东城县", true, 4);
        var a3 = await Done("market", "西山县", false, 2);
        await OkStepAsync(sv, a3, "reopen", new { reason = "未解决" });
        var a4 = await New("求助", "西山县", "紧急");
        await OkStepAsync(sv, a4, "dispatch", new { department = "market" });
        await Done("market", "西山县", false, 3);
        await Done("housing", "东城县", true, 5);
        var b2 = await New("投诉", "东城县");
        await OkStepAsync(sv, b2, "dispatch", new { department = "housing" });
        await OkStepAsync(sv, b2, "return", new { reason = "不属于本部门" });
        await OkStepAsync(sv, b2, "return/approve", new { note = "同意" });
        await OkStepAsync(sv, b2, "dispatch", new { department = "market" });
        var c1 = await New("咨询", "东城县");
        await OkStepAsync(sv, c1, "answer", new { content = "已答复" });
        var m1 = await New("投诉", "东城县");
        await OkStepAsync(sv, m1, "dispatch", new { department = "market" });
        await OkStepAsync(sv, m1, "merge", new { into = a1 });
        // The urgent appeal is signed after its 30 minutes and contacted after its 2 hours.
        app.Clock.Advance(TimeSpan.FromHours(1));
        await OkStepAsync(sv, a4, "sign");
        app.Clock.Advance(TimeSpan.FromHours(2));
        await OkStepAsync(sv, a4, "contact", new { note = "已联系" });

        var byDepartment = await RatesAsync(sv, "2026-11", "department");
        var market = Row(byDepartment, "market");
        Rates(market).ShouldBe([0.75, 0.75, 1.0, 0.6667, 0.6667, 0.0, 0.25, null, 0.6917]);
        market.GetProperty("dispatched").GetInt32().ShouldBe(6);
        market.GetProperty("rank").GetInt32().ShouldBe(2);
        var housing = Row(byDepartment, "housing");
        Rates(housing).ShouldBe([1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.0, null, 1.0]);
        housing.GetProperty("dispatched").GetInt32().ShouldBe(1);
        housing.GetProperty("rank").GetInt32().ShouldBe(1);

        var byCounty = await RatesAsync(sv, "2026-11", "county");
        Rates(Row(byCounty, "DCX")).ShouldBe([1.0, 1.0, 1.0, 1.0, 1.0, 0.1667, 0.0, 0.2, 1.0]);
        Rates(Row(byCounty, "XSX")).ShouldBe([0.5, 0.5, 1.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.15]);
        Row(byCounty, "XSX").GetProperty("rank").GetInt32().ShouldBe(2);
        Row(byCounty, "NHX").GetProperty("rank").ValueKind.ShouldBe(JsonValueKind.Null);
        var total = byCounty.GetProperty("total");
        total.GetProperty("dispatched").GetInt32().ShouldBe(7);
        total.GetProperty("directAnswerRate").GetDouble().ShouldBe(0.125);

        // December: one appeal signed in time. The quarter counts the months together, it does not average their rates.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var d1 = await New("投诉", "东城县");
        await OkStepAsync(sv, d1, "dispatch", new { department = "market" });
        await OkStepAsync(sv, d1, "sign");
        Row(await RatesAsync(sv, "2026-11", "department"), "market").GetProperty("signedOnTimeRate").GetDouble().ShouldBe(0.5);
        Row(await RatesAsync(sv, "2026-12", "department"), "market").GetProperty("signedOnTimeRate").GetDouble().ShouldBe(1.0);
        var quarter = Row(await RatesAsync(sv, "2026Q4", "department"), "market");
        quarter.GetProperty("dispatched").GetInt32().ShouldBe(7);
        quarter.GetProperty("signedOnTimeRate").GetDouble().ShouldBe(0.5714);

        using var lead = await app.ClientForAsync("lead.market");
        var own = await RatesAsync(lead, "2026Q4", "department");
        own.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ShouldBe(["market"]);
    }

    [Theory]
    [InlineData("period=2026-13", "period")]
    [InlineData("period=2026Q5", "period")]
    [InlineData("period=11-2026", "period")]
    [InlineData("period=1899-01", "period")]
    [InlineData("period=2026-11&groupBy=street", "groupBy")]
    public async Task A_bad_period_or_grouping_is_a_422_naming_the_parameter(string query, string field)
    {
        using var sv = await app.ClientForAsync("supervisor");
        var problem = await (await sv.GetAsync($"/api/v1/appeals/rates?{query}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Departments_see_only_their_own_row_and_no_county_ranking_and_inspectors_nothing()
    {
        using var handler = await app.ClientForAsync("handler.market");
        await (await handler.GetAsync("/api/v1/appeals/rates?groupBy=county")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var own = await RatesAsync(handler, "2026-11", "department");
        own.GetProperty("rows").EnumerateArray().ShouldAllBe(r => r.GetProperty("key").GetString() == "market");
        own.GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null);
        using var inspector = await app.ClientForAsync("inspector.market");
        (await inspector.GetAsync("/api/v1/appeals/rates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_an_admin_changes_the_weights_and_they_must_add_up_to_one()
    {
        using var sv = await app.ClientForAsync("supervisor");
        var body = new { responseWeight = 0.3m, resolutionWeight = 0.35m, satisfactionWeight = 0.35m, basicSatisfiedWeight = 1m, minDispatched = 10 };
        (await sv.PutAsJsonAsync("/api/v1/appeals/rates/settings", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await app.ClientForAsync("admin");
        var bad = await (await admin.PutAsJsonAsync("/api/v1/appeals/rates/settings", body with { resolutionWeight = 0.4m }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.GetProperty("errors").TryGetProperty("responseWeight", out _).ShouldBeTrue();
        var saved = await (await admin.PutAsJsonAsync("/api/v1/appeals/rates/settings", body)).ShouldBeJsonAsync();
        saved.GetProperty("minDispatched").GetInt32().ShouldBe(10);
        (await app.InDatabaseAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.EntityType == "RateSettings")))).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("leader")]
    public async Task The_rankings_page_renders_and_exports_a_valid_xlsx(string user)
    {
        using var session = await CookieSession.SignInAsync(app, user);
        var html = await session.HtmlAsync("/Appeals/Rankings?period=2026Q4&groupBy=county");
        html.ShouldContain("红榜");
        html.ShouldContain("黑榜");
        html.ShouldContain("东城县");
        var export = await session.Client.GetAsync("/Appeals/Rankings?handler=Export&period=2026-11&groupBy=county");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(9); // eight counties and 全州
        rows[^1]["单位"].ShouldBe("全州");
        (await app.InDatabaseAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.EntityType == "AppealRates" && e.Action == "export"))))
            .ShouldBeGreaterThan(0);
    }

    private static async Task<JsonElement> RatesAsync(HttpClient client, string period, string groupBy) =>
        await (await client.GetAsync($"/api/v1/appeals/rates?period={period}&groupBy={groupBy}")).ShouldBeJsonAsync();

    private static JsonElement Row(JsonElement report, string key) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private static double?[] Rates(JsonElement row) =>
        [.. new[] { "signedOnTimeRate", "responseRate", "closedOnTimeRate", "resolutionRate", "satisfactionRate", "returnRate", "reopenRate",
            "directAnswerRate", "composite" }.Select(p => row.GetProperty(p) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : (double?)null)];
}

public sealed class AppealRatesTests_Sqlite(SqliteAppFactory app) : AppealRatesTests<SqliteAppFactory>(app);

public sealed class AppealRatesTests_Postgres(PostgresAppFactory app) : AppealRatesTests<PostgresAppFactory>(app);
