using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>
/// The rates on a hand-built set of appeals (README.md of Appeals, "Rates"); alone in its class because it moves the clock.
/// </summary>
public abstract class AppealRatesScenarioTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>A fresh token: the cached one was issued before the clock jumped and has expired by then.</summary>
    private async Task<HttpClient> FreshClientAsync(string userName)
    {
        using var anonymous = app.CreateClient();
        var token = (await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFactory.Password }))
            .ShouldBeJsonAsync()).GetProperty("accessToken").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Rates_composite_and_ranks_follow_the_definitions_for_a_month_and_its_quarter()
    {
        var sv = await FreshClientAsync("supervisor");
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
        sv.Dispose();
        sv = await FreshClientAsync("supervisor");
        var d1 = await New("投诉", "东城县");
        await OkStepAsync(sv, d1, "dispatch", new { department = "market" });
        await OkStepAsync(sv, d1, "sign");
        Row(await RatesAsync(sv, "2026-11", "department"), "market").GetProperty("signedOnTimeRate").GetDouble().ShouldBe(0.5);
        Row(await RatesAsync(sv, "2026-12", "department"), "market").GetProperty("signedOnTimeRate").GetDouble().ShouldBe(1.0);
        var quarter = Row(await RatesAsync(sv, "2026Q4", "department"), "market");
        quarter.GetProperty("dispatched").GetInt32().ShouldBe(7);
        quarter.GetProperty("signedOnTimeRate").GetDouble().ShouldBe(0.5714);

        using var lead = await FreshClientAsync("lead.market");
        var own = await RatesAsync(lead, "2026Q4", "department");
        own.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ShouldBe(["market"]);
        sv.Dispose();
    }

    private static async Task<JsonElement> RatesAsync(HttpClient client, string period, string groupBy) =>
        await (await client.GetAsync($"/api/v1/appeals/rates?period={period}&groupBy={groupBy}")).ShouldBeJsonAsync();

    private static JsonElement Row(JsonElement report, string key) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private static double?[] Rates(JsonElement row) =>
        [.. new[] { "signedOnTimeRate", "responseRate", "closedOnTimeRate", "resolutionRate", "satisfactionRate", "returnRate", "reopenRate",
            "directAnswerRate", "composite" }.Select(p => row.GetProperty(p) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : (double?)null)];
}

/// <summary>
/// Without background jobs: moving the clock wakes the escalation job, whose marker update would race the late steps
/// below and turn one of them into a (correct) 409.
/// </summary>
public sealed class RatesSqliteApp : SqliteAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };
}

public sealed class RatesPostgresApp : PostgresAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };
}

public sealed class AppealRatesScenarioTests_Sqlite(RatesSqliteApp app) : AppealRatesScenarioTests<RatesSqliteApp>(app);

public sealed class AppealRatesScenarioTests_Postgres(RatesPostgresApp app) : AppealRatesScenarioTests<RatesPostgresApp>(app);

