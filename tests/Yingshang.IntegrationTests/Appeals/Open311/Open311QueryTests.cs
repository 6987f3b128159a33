using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;
using static Yingshang.IntegrationTests.Appeals.Open311.GeoReportClient;

namespace Yingshang.IntegrationTests.Appeals.Open311;

public abstract class Open311QueryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
        "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
        "lat", "long", "media_url",
    ];

    [Fact]
    public async Task One_request_reads_with_the_spec_fields_and_types_and_without_the_requester()
    {
        using var client = app.CreateClient();
        var number = await SubmitRequestAsync(client);
        var response = await client.GetAsync($"/open311/v2/requests/{number}.json");
        var body = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "王小明", "小明", "13912345678", "citizen@example.cn", "device-42" }) body.ShouldNotContain(secret);
        var json = await JsonAsync(response);
        json.GetArrayLength().ShouldBe(1);
        var r = json[0];
        r.EnumerateObject().Select(p => p.Name).ShouldBe(RequestFields);
        r.GetProperty("service_request_id").GetString().ShouldBe(number);
        r.GetProperty("status").GetString().ShouldBe("open");
        r.GetProperty("service_code").GetString().ShouldBe("city-appearance");
        r.GetProperty("service_name").GetString().ShouldBe("市容环卫");
        r.GetProperty("description").GetString().ShouldBe("人民路与解放路口井盖缺失，夜间行人容易踩空");
        r.GetProperty("requested_datetime").GetString().ShouldBe("2026-11-27T09:00:00+08:00");
        r.GetProperty("agency_responsible").ValueKind.ShouldBe(JsonValueKind.Null);
        r.GetProperty("expected_datetime").ValueKind.ShouldBe(JsonValueKind.Null);
        r.GetProperty("lat").GetDouble().ShouldBe(25.0389);
        r.GetProperty("long").GetDouble().ShouldBe(102.7183);
        r.GetProperty("address").GetString().ShouldBe("东城县人民路与解放路交叉口");
        r.GetProperty("media_url").GetString().ShouldBe("https://img.example.cn/manhole.jpg");

        var xml = await XmlAsync(await client.GetAsync($"/open311/v2/requests/{number}.xml"));
        xml.Name.LocalName.ShouldBe("service_requests");
        var request = xml.Element("request")!;
        request.Elements().Select(e => e.Name.LocalName).ShouldBe(RequestFields);
        request.Element("lat")!.Value.ShouldBe("25.0389");
        request.Element("service_name")!.Value.ShouldBe("市容环卫");
        request.Element("agency_responsible")!.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_request_id_is_a_404_in_both_formats()
    {
        using var client = app.CreateClient();
        await JsonErrorAsync(await client.GetAsync("/open311/v2/requests/SFZ-APL-2026-999999.json"), HttpStatusCode.NotFound);
        await XmlErrorAsync(await client.GetAsync("/open311/v2/requests/SFZ-APL-2026-999999.xml"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Closing_the_appeal_closes_the_request_with_the_reply_and_the_lead_department()
    {
        using var client = app.CreateClient();
        var number = await SubmitRequestAsync(client);
        var id = await AppealIdAsync(app, number);
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        var dispatched = await OkStepAsync(op, id, "dispatch", new { department = "market" });
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已电话联系" });
        await OkStepAsync(handler, id, "reply", new { content = "井盖已于当日补装" });
        var replied = (await JsonAsync(await client.GetAsync($"/open311/v2/requests/{number}.json")))[0];
        replied.GetProperty("status").GetString().ShouldBe("open");
        replied.GetProperty("agency_responsible").GetString().ShouldBe("州市场监督管理局");
        replied.GetProperty("expected_datetime").GetString().ShouldBe(dispatched.GetProperty("deadlines").GetProperty("close").GetString());

        await OkStepAsync(op, id, "close");
        var closed = (await JsonAsync(await client.GetAsync($"/open311/v2/requests/{number}.json")))[0];
        closed.GetProperty("status").GetString().ShouldBe("closed");
        closed.GetProperty("status_notes").GetString()!.ShouldContain("井盖已于当日补装");
        var closedList = await JsonAsync(await client.GetAsync("/open311/v2/requests.json?status=closed"));
        closedList.EnumerateArray().Select(x => x.GetProperty("service_request_id").GetString()).ShouldContain(number);
        closedList.EnumerateArray().ShouldAllBe(x => x.GetProperty("status").GetString() == "closed");
        var openList = await JsonAsync(await client.GetAsync("/open311/v2/requests.json?status=open"));
        openList.EnumerateArray().Select(x => x.GetProperty("service_request_id").GetString()).ShouldNotContain(number);
    }

    [Fact]
    public async Task Requests_filter_by_ids_service_code_and_date_range()
    {
        using var client = app.CreateClient();
        var water = await SubmitRequestAsync(client, Form("小区停水两天", "water-supply"));
        var power = await SubmitRequestAsync(client, Form("整条街停电", "power-supply"));
        Numbers(await JsonAsync(await client.GetAsync($"/open311/v2/requests.json?service_request_id={water},{power}"))).ShouldBe([power, water], ignoreOrder: true);
        var byCode = Numbers(await JsonAsync(await client.GetAsync("/open311/v2/requests.json?service_code=water-supply")));
        byCode.ShouldContain(water);
        byCode.ShouldNotContain(power);
        var xml = await XmlAsync(await client.GetAsync("/open311/v2/requests.xml?service_code=power-supply,water-supply"));
        xml.Elements("request").Select(r => r.Element("service_request_id")!.Value).ShouldContain(water);
        Numbers(await JsonAsync(await client.GetAsync("/open311/v2/requests.json?start_date=2026-11-27T00:00:00%2B08:00&end_date=2026-11-28T00:00:00Z")))
            .ShouldContain(water);
        Numbers(await JsonAsync(await client.GetAsync("/open311/v2/requests.json?start_date=2026-10-01T00:00:00Z&end_date=2026-11-01T00:00:00Z")))
            .ShouldBeEmpty();
        Numbers(await JsonAsync(await client.GetAsync("/open311/v2/requests.json?jurisdiction_id=XSX"))).ShouldNotContain(water);
    }

    [Theory]
    [InlineData("start_date=yesterday", "start_date")]
    [InlineData("end_date=2026-11-31T00:00:00Z", "end_date")]
    [InlineData("start_date=2026-11-27T00:00:00", "start_date")]
    [InlineData("start_date=2026-01-01T00:00:00Z&end_date=2026-11-01T00:00:00Z", "90")]
    [InlineData("status=pending", "status")]
    [InlineData("service_code=potholes", "potholes")]
    public async Task A_bad_query_is_a_400_in_the_spec_format(string query, string named)
    {
        using var client = app.CreateClient();
        (await JsonErrorAsync(await client.GetAsync($"/open311/v2/requests.json?{query}"), HttpStatusCode.BadRequest)).ShouldContain(named);
        (await XmlErrorAsync(await client.GetAsync($"/open311/v2/requests.xml?{query}"), HttpStatusCode.BadRequest)).ShouldContain(named);
    }

    [Theory]
    [InlineData("start_date=9999-12-01")]
    [InlineData("start_date=9999-10-15T00:00:00Z")]
    [InlineData("end_date=0001-01-01")]
    [InlineData("end_date=0001-03-01T00:00:00Z")]
    [InlineData("start_date=9999-10-03T05:00:00%2B08:00")]
    [InlineData("end_date=0001-03-31T20:00:00-08:00")]
    public async Task A_window_at_the_ends_of_the_calendar_is_an_empty_list_not_an_error(string query)
    {
        using var client = app.CreateClient();
        (await JsonAsync(await client.GetAsync($"/open311/v2/requests.json?{query}"))).GetArrayLength().ShouldBe(0);
        var xml = await client.GetAsync($"/open311/v2/requests.xml?{query}");
        xml.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static List<string> Numbers(JsonElement json) =>
        [.. json.EnumerateArray().Select(x => x.GetProperty("service_request_id").GetString()!)];
}

public sealed class Open311QueryTests_Sqlite(SqliteAppFactory app) : Open311QueryTests<SqliteAppFactory>(app);
public sealed class Open311QueryTests_Postgres(PostgresAppFactory app) : Open311QueryTests<PostgresAppFactory>(app);
