using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Platform;

/// <summary>
/// Script payloads stored through the API in free-text fields (appeal content, knowledge entry, policy title) are
/// shown on the pages as the text they are: no dialog opens, the page's <c>window.__xss</c> flag stays unset.
/// </summary>
public sealed class StoredScriptTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Payload = "<script>window.__xss=1;alert(1)</script><img src=x onerror=\"window.__xss=2\">";

    [Fact]
    public async Task Stored_script_payloads_render_as_text_and_never_run()
    {
        using var admin = await ApiAsync("admin");
        using var op = await ApiAsync("operator");
        var appeal = await CreatedIdAsync(await op.PostAsJsonAsync("/api/v1/appeals", new
        {
            content = "诉求 " + Payload, type = "投诉", urgency = "一般", channel = "phone", county = "东城县",
            address = Payload, category = "市场监管", requester = new { name = "<b>张三</b>", phone = "13812345678" },
        }));
        (await op.PostAsJsonAsync($"/api/v1/appeals/{appeal}/dispatch", new { department = "market" })).EnsureSuccessStatusCode();
        var knowledge = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/knowledge", new
        {
            question = "问题 " + Payload, answer = "答复 " + Payload, tags = new[] { "<i>标签</i>" }, published = true,
        }));
        var policy = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/policies", new
        {
            title = "政策 " + Payload, issuer = "<b>示范州</b>", number = "示政发〔2026〕99号", effectiveFrom = "2026-01-01",
            effectiveTo = "2027-12-31",
            benefits = new[] { new { code = "XSS-1", name = "事项 " + Payload, kind = "奖补", mode = "免申即享", department = "finance", rule = "employees >= 10", amount = (string?)null } },
        }));

        var page = await app.SignInAsync("admin");
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        foreach (var (path, text) in new[]
                 {
                     ($"/Appeals/{appeal}", "诉求 <script>"), ("/Appeals", "诉求 <script>"),
                     ($"/Knowledge/{knowledge}", "答复 <script>"),
                     ($"/Policies/Detail/{policy}", "政策 <script>"), ("/Policies?q=示政发〔2026〕99号", "政策 <script>"),
                 })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            (await page.Locator("main").InnerTextAsync()).ShouldContain(text, customMessage: path);
            (await page.EvaluateAsync<JsonElement>("() => window.__xss ?? null")).ValueKind.ShouldBe(JsonValueKind.Null, path);
        }
        dialogs.ShouldBe(0);
        await page.Context.CloseAsync();
    }

    private async Task<HttpClient> ApiAsync(string user)
    {
        var http = new HttpClient { BaseAddress = app.BaseAddress };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = BrowserApp.Password });
        token.EnsureSuccessStatusCode();
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return http;
    }

    private static async Task<int> CreatedIdAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(201, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }
}
