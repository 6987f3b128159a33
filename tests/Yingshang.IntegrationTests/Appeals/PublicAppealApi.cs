using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Short hands for the public endpoints: submit as a citizen, take an appeal to 办结, read the rating SMS.</summary>
internal static partial class PublicAppealApi
{
    public static Dictionary<string, object?> Body(string phone, string content = "小区门口路灯不亮，夜间出行不便") => new()
    {
        ["content"] = content, ["type"] = "求助", ["county"] = "DCX", ["address"] = "东城县建设路 3 号",
        ["requester"] = new Dictionary<string, object?> { ["name"] = "赵六", ["phone"] = phone, ["confidential"] = false },
    };

    public static async Task<string> SubmitAsync(HttpClient anonymous, string phone)
    {
        var json = await (await anonymous.PostAsJsonAsync("/api/v1/public/appeals", Body(phone))).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        return json.GetProperty("trackingCode").GetString()!;
    }

    public static Task<HttpResponseMessage> TrackAsync(HttpClient client, string code, string phone4) =>
        client.GetAsync($"/api/v1/public/appeals/{code}?phone4={phone4}");

    public static Task<int> IdOfAsync(AppFactory app, string code) =>
        app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.TrackingCode == code).Select(a => a.Id).FirstAsync());

    /// <summary>Dispatch to market, sign, contact, reply and close; returns the closed appeal.</summary>
    public static async Task<JsonElement> CloseAsync(AppFactory app, int id, string reply = "已安排维修路灯")
    {
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已电话联系" });
        await OkStepAsync(handler, id, "reply", new { content = reply });
        return await OkStepAsync(op, id, "close");
    }

    /// <summary>The rating token from the newest invitation SMS of the appeal.</summary>
    public static async Task<string> RatingTokenAsync(AppFactory app, int id)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = await app.InDatabaseAsync(db => db.Outbox.Where(m => m.RelatedType == "Appeal" && m.RelatedId == key && m.Subject == "诉求办结回访邀请")
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        return Link().Match(body).Groups[1].Value;
    }

    [GeneratedRegex("/Public/Rate/([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
