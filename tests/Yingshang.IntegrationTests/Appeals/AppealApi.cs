using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Short hands for the appeal API in tests.</summary>
internal static class AppealApi
{
    public static Dictionary<string, object?> Body(string type = "投诉", string content = "店铺门口占道经营，影响通行") => new()
    {
        ["content"] = content, ["type"] = type, ["urgency"] = "一般", ["channel"] = "phone", ["county"] = "东城县",
        ["address"] = "东城县人民路 1 号", ["category"] = "市场监管",
        ["requester"] = new Dictionary<string, object?> { ["name"] = "张三", ["phone"] = "13812345678", ["confidential"] = false },
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appeals") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    public static async Task<int> SubmitAsync(HttpClient client, string type = "投诉", string content = "店铺门口占道经营，影响通行")
    {
        var json = await (await PostAsync(client, Body(type, content))).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        return json.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> StepAsync(HttpClient client, int id, string step, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/appeals/{id}/{step}", body ?? new { });

    public static async Task<JsonElement> OkStepAsync(HttpClient client, int id, string step, object? body = null) =>
        await (await StepAsync(client, id, step, body)).ShouldBeJsonAsync();

    public static async Task<JsonElement> GetAsync(HttpClient client, int id) =>
        await (await client.GetAsync($"/api/v1/appeals/{id}")).ShouldBeJsonAsync();

    public static async Task<int> DispatchedAsync(AppFactory app, string department = "market", params string[] co)
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op);
        await OkStepAsync(op, id, "dispatch", new { department, coDepartments = co });
        return id;
    }
}
