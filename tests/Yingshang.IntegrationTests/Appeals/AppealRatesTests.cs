using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Parameters, access, settings, the rankings page and its export (no appeals needed).</summary>
public abstract class AppealRatesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Theory]
    [InlineData("period=2026-13", "period")]
    [InlineData("period=2026Q5", "period")]
    [InlineData("period=11-2026", "period")]
    [InlineData("period=1899-01", "period")]
    [InlineData("period=٢٠٢٦", "period")]
    [InlineData("period=٢٠٢٦-11", "period")]
    [InlineData("period=2026Q٤", "period")]
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

    [Fact]
    public async Task A_weights_change_made_on_an_old_version_is_refused_by_the_api_and_the_page()
    {
        const string api = "/api/v1/appeals/rates/settings";
        using var admin = await app.ClientForAsync("admin");
        var version = (await (await admin.GetAsync(api)).ShouldBeJsonAsync()).GetProperty("version").GetInt32();
        var body = new { responseWeight = 0.3m, resolutionWeight = 0.35m, satisfactionWeight = 0.35m, basicSatisfiedWeight = 0.8m, minDispatched = 10, version };
        await (await admin.PutAsJsonAsync(api, body)).ShouldBeJsonAsync();
        var stale = await (await admin.PutAsJsonAsync(api, body with { basicSatisfiedWeight = 0.5m })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("concurrency");

        using var page = await CookieSession.SignInAsync(app, "admin");
        var response = await page.PostFormAsync("/Admin/AppealRates", ("ResponseWeight", "0.3"), ("ResolutionWeight", "0.35"),
            ("SatisfactionWeight", "0.35"), ("BasicSatisfiedWeight", "0.6"), ("MinDispatched", "12"),
            ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldContain("已被他人修改");
        html.ShouldContain("value=\"12\"");
        var stored = await (await admin.GetAsync(api)).ShouldBeJsonAsync();
        stored.GetProperty("basicSatisfiedWeight").GetDecimal().ShouldBe(0.8m);
        await (await admin.PutAsJsonAsync(api, body with { basicSatisfiedWeight = 1m, version = stored.GetProperty("version").GetInt32() })).ShouldBeJsonAsync();
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
        export.Content.Headers.ContentDisposition!.FileNameStar!.ShouldStartWith("考核排名-2026年11月-按县市");
        foreach (var row in rows)
            if (row["综合得分（百分制）"] is { } score) Convert.ToDouble(score, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(0, 100);
        (await session.HtmlAsync("/Appeals/Rankings?period=2026&groupBy=department")).ShouldContain("2026年度");
        (await app.InDatabaseAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.EntityType == "AppealRates" && e.Action == "export"))))
            .ShouldBeGreaterThan(0);
    }

    private static async Task<JsonElement> RatesAsync(HttpClient client, string period, string groupBy) =>
        await (await client.GetAsync($"/api/v1/appeals/rates?period={period}&groupBy={groupBy}")).ShouldBeJsonAsync();
}

public sealed class AppealRatesTests_Sqlite(SqliteAppFactory app) : AppealRatesTests<SqliteAppFactory>(app);

public sealed class AppealRatesTests_Postgres(PostgresAppFactory app) : AppealRatesTests<PostgresAppFactory>(app);
