using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Appeals.Open311;

/// <summary>Short hands for calling /open311/v2 in tests, in either format.</summary>
internal static class GeoReportClient
{
    public const string DemoKey = "demo-open311-key";

    public static Dictionary<string, string> Form(string description = "人民路与解放路口井盖缺失，夜间行人容易踩空", string serviceCode = "city-appearance") => new()
    {
        ["api_key"] = DemoKey, ["service_code"] = serviceCode, ["lat"] = "25.0389", ["long"] = "102.7183",
        ["address_string"] = "东城县人民路与解放路交叉口", ["email"] = "citizen@example.cn", ["device_id"] = "device-42",
        ["account_id"] = "acct-7", ["first_name"] = "小明", ["last_name"] = "王", ["phone"] = "13912345678",
        ["description"] = description, ["media_url"] = "https://img.example.cn/manhole.jpg",
    };

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, Dictionary<string, string> form, string format = "json") =>
        client.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(form));

    /// <summary>Posts the form and returns the new service_request_id.</summary>
    public static async Task<string> SubmitRequestAsync(HttpClient client, Dictionary<string, string>? form = null)
    {
        var json = await JsonAsync(await PostFormAsync(client, form ?? Form()));
        return json[0].GetProperty("service_request_id").GetString()!;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<XElement> XmlAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/xml");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var document = XDocument.Parse(body);
        document.Declaration!.Encoding.ShouldBe("utf-8", StringCompareShould.IgnoreCase);
        return document.Root!;
    }

    /// <summary>Asserts the spec's JSON error array with one error of the given code.</summary>
    public static async Task<string> JsonErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var json = await JsonAsync(response, status);
        json.ValueKind.ShouldBe(JsonValueKind.Array);
        json[0].GetProperty("code").GetInt32().ShouldBe((int)status);
        return json[0].GetProperty("description").GetString()!;
    }

    /// <summary>Asserts the spec's &lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt; document.</summary>
    public static async Task<string> XmlErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var root = await XmlAsync(response, status);
        root.Name.LocalName.ShouldBe("errors");
        var error = root.Element("error")!;
        error.Element("code")!.Value.ShouldBe(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return error.Element("description")!.Value;
    }

    public static async Task<int> AppealIdAsync(AppFactory app, string number)
    {
        using var op = await app.ClientForAsync("operator");
        var list = await (await op.GetAsync($"/api/v1/appeals?q={number}")).ShouldBeJsonAsync();
        return list.GetProperty("items")[0].GetProperty("id").GetInt32();
    }
}
