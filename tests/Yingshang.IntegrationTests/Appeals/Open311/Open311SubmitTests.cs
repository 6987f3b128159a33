using System.Net;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.Open311.GeoReportClient;

namespace Yingshang.IntegrationTests.Appeals.Open311;

public abstract class Open311SubmitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_posted_request_becomes_an_open311_appeal_in_the_appeal_list()
    {
        using var client = app.CreateClient();
        var json = await JsonAsync(await PostFormAsync(client, Form()));
        json.GetArrayLength().ShouldBe(1);
        json[0].EnumerateObject().Select(p => p.Name).ShouldBe(["service_request_id", "service_notice", "account_id"]);
        var number = json[0].GetProperty("service_request_id").GetString()!;
        number.ShouldMatch(@"^SFZ-APL-2026-\d{6}$");
        json[0].GetProperty("service_notice").GetString()!.ShouldContain("10 个工作日");
        json[0].GetProperty("account_id").GetString().ShouldBe("acct-7");

        using var op = await app.ClientForAsync("operator");
        var appeal = await (await op.GetAsync($"/api/v1/appeals/{await AppealIdAsync(app, number)}")).ShouldBeJsonAsync();
        appeal.GetProperty("channel").GetString().ShouldBe("open311");
        appeal.GetProperty("status").GetString().ShouldBe("received");
        appeal.GetProperty("type").GetString().ShouldBe("投诉");
        appeal.GetProperty("urgency").GetString().ShouldBe("一般");
        appeal.GetProperty("category").GetString().ShouldBe("市容环卫");
        appeal.GetProperty("county").GetString().ShouldBe("东城县");
        appeal.GetProperty("requester").GetProperty("name").GetString().ShouldBe("王小明");
        appeal.GetProperty("history")[0].GetProperty("actorName").GetString().ShouldBe("Open311 · 演示客户端");
    }

    [Fact]
    public async Task A_posted_request_answers_in_xml_with_chinese_text_intact()
    {
        using var client = app.CreateClient();
        var form = Form(serviceCode: "water-supply");
        form.Remove("lat");
        form.Remove("long");
        form.Remove("account_id");
        form["jurisdiction_id"] = "西山县";
        var xml = await XmlAsync(await PostFormAsync(client, form, "xml"));
        xml.Name.LocalName.ShouldBe("service_requests");
        var request = xml.Element("request")!;
        request.Element("service_request_id")!.Value.ShouldStartWith("SFZ-APL-");
        request.Element("service_notice")!.Value.ShouldContain("求助·一般");
        request.Element("account_id")!.IsEmpty.ShouldBeTrue();
        using var op = await app.ClientForAsync("operator");
        var id = await AppealIdAsync(app, request.Element("service_request_id")!.Value);
        (await (await op.GetAsync($"/api/v1/appeals/{id}")).ShouldBeJsonAsync()).GetProperty("county").GetString().ShouldBe("西山县");
    }

    [Theory]
    [InlineData(null, "缺少 api_key")]
    [InlineData("wrong-key", "api_key 无效")]
    public async Task A_missing_or_wrong_api_key_is_a_403(string? key, string message)
    {
        var form = Form();
        if (key is null) form.Remove("api_key");
        else form["api_key"] = key;
        using var client = app.CreateClient();
        (await JsonErrorAsync(await PostFormAsync(client, form), HttpStatusCode.Forbidden)).ShouldContain(message);
        (await XmlErrorAsync(await PostFormAsync(client, form, "xml"), HttpStatusCode.Forbidden)).ShouldContain(message);
    }

    [Theory]
    [InlineData("description", null, HttpStatusCode.BadRequest, "description")]
    [InlineData("service_code", null, HttpStatusCode.BadRequest, "service_code")]
    [InlineData("service_code", "potholes", HttpStatusCode.NotFound, "potholes")]
    [InlineData("location", null, HttpStatusCode.BadRequest, "address_string")]
    [InlineData("lat", "91", HttpStatusCode.BadRequest, "lat")]
    [InlineData("phone", "12345", HttpStatusCode.BadRequest, "phone")]
    [InlineData("media_url", "javascript:alert(1)", HttpStatusCode.BadRequest, "media_url")]
    [InlineData("jurisdiction_id", "nowhere.gov", HttpStatusCode.NotFound, "nowhere.gov")]
    public async Task An_invalid_form_is_refused_in_the_spec_format_naming_the_field(string field, string? value, HttpStatusCode status, string named)
    {
        var form = Form();
        if (field == "location") foreach (var f in new[] { "lat", "long", "address_string" }) form.Remove(f);
        else if (value is null) form.Remove(field);
        else form[field] = value;
        using var client = app.CreateClient();
        var before = await app.InDatabaseAsync(db => Task.FromResult(db.Appeals.Count()));
        (await JsonErrorAsync(await PostFormAsync(client, form), status)).ShouldContain(named);
        (await app.InDatabaseAsync(db => Task.FromResult(db.Appeals.Count()))).ShouldBe(before);
    }

    [Fact]
    public async Task Every_mistake_of_a_form_is_one_error_of_the_same_answer()
    {
        using var client = app.CreateClient();
        var form = Form();
        form["lat"] = "91";
        form["media_url"] = "javascript:alert(1)";
        form["email"] = "nobody";
        var json = await GeoReportClient.JsonAsync(await PostFormAsync(client, form), HttpStatusCode.BadRequest);
        var descriptions = json.EnumerateArray().Select(e => e.GetProperty("description").GetString()!).ToList();
        descriptions.Count.ShouldBe(3);
        descriptions.ShouldContain(d => d.StartsWith("lat", StringComparison.Ordinal));
        descriptions.ShouldContain(d => d.StartsWith("email", StringComparison.Ordinal));
        descriptions.ShouldContain(d => d.StartsWith("media_url", StringComparison.Ordinal));
        json.EnumerateArray().ShouldAllBe(e => e.GetProperty("code").GetInt32() == 400);
        var xml = await GeoReportClient.XmlAsync(await PostFormAsync(client, form, "xml"), HttpStatusCode.BadRequest);
        xml.Elements("error").Count().ShouldBe(3);

        // The intake's own checks come together too.
        form = Form();
        form.Remove("description");
        form["phone"] = "12345";
        var intake = await GeoReportClient.JsonAsync(await PostFormAsync(client, form), HttpStatusCode.BadRequest);
        intake.EnumerateArray().Select(e => e.GetProperty("description").GetString()!.Split('：')[0]).ShouldBe(["description", "phone"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_NUL_character_in_a_form_value_is_a_400_not_a_500()
    {
        using var client = app.CreateClient();
        var form = Form();
        form["description"] = "井盖\0缺失";
        (await JsonErrorAsync(await PostFormAsync(client, form), HttpStatusCode.BadRequest)).ShouldContain("表单无法解析");
    }

    [Fact]
    public async Task A_json_body_is_a_400_not_a_500()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/open311/v2/requests.json", Form());
        (await JsonErrorAsync(response, HttpStatusCode.BadRequest)).ShouldContain("application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task The_admin_issues_a_key_that_works_until_it_is_revoked()
    {
        using var admin = await app.ClientForAsync("admin");
        var issued = await (await admin.PostAsJsonAsync("/api/v1/appeals/open311/keys", new { client = "随手拍 App" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var key = issued.GetProperty("apiKey").GetString()!;
        using var client = app.CreateClient();
        var form = Form();
        form["api_key"] = key;
        await SubmitRequestAsync(client, form);
        var list = await (await admin.GetAsync("/api/v1/appeals/open311/keys")).ShouldBeJsonAsync();
        list.ToString().ShouldNotContain(key);
        await (await admin.PostAsync($"/api/v1/appeals/open311/keys/{issued.GetProperty("id").GetInt32()}/revoke", null)).ShouldBeJsonAsync();
        await JsonErrorAsync(await PostFormAsync(client, form), HttpStatusCode.Forbidden);
        using var op = await app.ClientForAsync("operator");
        (await op.GetAsync("/api/v1/appeals/open311/keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class Open311SubmitTests_Sqlite(SqliteAppFactory app) : Open311SubmitTests<SqliteAppFactory>(app);
public sealed class Open311SubmitTests_Postgres(PostgresAppFactory app) : Open311SubmitTests<PostgresAppFactory>(app);
