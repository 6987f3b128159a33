using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The console's assistance over the API: suggestions, answering from the knowledge base, duplicates, acceptance tracking.</summary>
public abstract class AppealAssistTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static Dictionary<string, object?> Call(string type, string content, string phone, string county = "东城县")
    {
        var body = Body(type, content);
        body["county"] = county;
        body["requester"] = new Dictionary<string, object?> { ["name"] = "赵六", ["phone"] = phone };
        return body;
    }

    private static async Task<int> SubmitAsync(HttpClient client, Dictionary<string, object?> body) =>
        (await (await PostAsync(client, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<JsonElement> SuggestAsync(HttpClient client, string content, string county = "") =>
        await (await client.GetAsync($"/api/v1/appeals/suggest?content={Uri.EscapeDataString(content)}&county={Uri.EscapeDataString(county)}")).ShouldBeJsonAsync();

    [Fact]
    public async Task Without_history_the_keyword_lists_and_the_knowledge_base_suggest_type_category_and_three_departments()
    {
        using var op = await app.ClientForAsync("operator");
        var suggestion = await SuggestAsync(op, "我要投诉，小区冬天供暖不热，暖气片是凉的");
        suggestion.GetProperty("type").GetString().ShouldBe("投诉");
        suggestion.GetProperty("basis").GetString().ShouldBe("keywords");
        var departments = suggestion.GetProperty("departments").EnumerateArray().ToList();
        departments.Count.ShouldBe(3);
        departments[0].GetProperty("code").GetString().ShouldBe("housing");
        departments[0].GetProperty("name").GetString().ShouldBe("州住房和城乡建设局");
        suggestion.GetProperty("category").GetString().ShouldBe("住房城乡建设");
        var confidences = departments.Select(d => d.GetProperty("confidence").GetDouble()).ToList();
        confidences.ShouldBeInOrder(SortDirection.Descending);
        confidences.ShouldAllBe(c => c >= 0 && c <= 1);

        (await SuggestAsync(op, "家里燃气表漏气，闻到很大的煤气味")).GetProperty("departments")[0].GetProperty("code").GetString().ShouldBe("gas");
        (await SuggestAsync(op, "")).GetProperty("departments").GetArrayLength().ShouldBe(0);
        using var handler = await app.ClientForAsync("handler.market");
        (await handler.GetAsync("/api/v1/appeals/suggest?content=停水")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Answering_a_consultation_with_a_knowledge_entry_replies_with_its_answer_and_counts_one_use()
    {
        using var op = await app.ClientForAsync("operator");
        var hits = await (await op.GetAsync("/api/v1/knowledge?q=" + Uri.EscapeDataString("营业执照怎么办"))).ShouldBeJsonAsync();
        var entry = hits.GetProperty("items")[0];
        var entryId = entry.GetProperty("id").GetInt32();
        var uses = entry.GetProperty("useCount").GetInt32();
        var id = await SubmitAsync(op, Call("咨询", "请问营业执照怎么办理", "13700000101"));

        await (await StepAsync(op, id, "answer", new { content = "见知识库", knowledgeEntryId = entryId })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await StepAsync(op, id, "answer", new { knowledgeEntryId = 999999 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var answered = await OkStepAsync(op, id, "answer", new { knowledgeEntryId = entryId });
        answered.GetProperty("status").GetString().ShouldBe("answered");
        answered.GetProperty("reply").GetString().ShouldBe(entry.GetProperty("answer").GetString());
        answered.GetProperty("history")[1].GetProperty("detail").GetString()!.ShouldStartWith($"引用知识库条目 #{entryId}");
        var after = await (await op.GetAsync($"/api/v1/knowledge/{entryId}")).ShouldBeJsonAsync();
        after.GetProperty("useCount").GetInt32().ShouldBe(uses + 1);

        var complaint = await SubmitAsync(op, Call("投诉", "营业执照窗口排队太久", "13700000102"));
        await (await StepAsync(op, complaint, "answer", new { knowledgeEntryId = entryId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await op.GetAsync($"/api/v1/knowledge/{entryId}")).ShouldBeJsonAsync()).GetProperty("useCount").GetInt32().ShouldBe(uses + 1);
        (await OkStepAsync(op, await SubmitAsync(op, Call("咨询", "社保怎么交", "13700000103")), "answer", new { content = "可在税务APP缴纳" }))
            .GetProperty("status").GetString().ShouldBe("answered");
    }

    [Fact]
    public async Task Open_appeals_with_the_same_phone_or_a_similar_text_in_the_same_county_are_duplicates()
    {
        using var op = await app.ClientForAsync("operator");
        var first = await SubmitAsync(op, Call("求助", "幸福小区停水两天了，家中有老人", "13700000201"));
        var answered = await SubmitAsync(op, Call("咨询", "幸福小区停水两天了什么时候来水", "13700000202"));
        await OkStepAsync(op, answered, "answer", new { content = "预计今晚恢复供水" });

        async Task<List<JsonElement>> Find(string query) =>
            [.. (await (await op.GetAsync("/api/v1/appeals/duplicates?" + query)).ShouldBeJsonAsync()).GetProperty("items").EnumerateArray()];

        var byPhone = await Find("phone=137%2000000201");
        byPhone.Select(d => d.GetProperty("id").GetInt32()).ShouldBe([first]);
        byPhone[0].GetProperty("samePhone").GetBoolean().ShouldBeTrue();

        var byText = await Find($"phone=13700000209&county=DCX&content={Uri.EscapeDataString("我们幸福小区已经停水两天，没人管")}");
        byText.Select(d => d.GetProperty("id").GetInt32()).ShouldBe([first]);
        byText[0].GetProperty("similarity").GetDouble().ShouldBeGreaterThanOrEqualTo(0.4);
        (await Find($"county={Uri.EscapeDataString("西山县")}&content={Uri.EscapeDataString("我们幸福小区已经停水两天，没人管")}")).ShouldBeEmpty();

        // Received eight days ago: outside the text window, inside the phone window (the shared clock stays, tokens stay valid).
        var eightDaysAgo = app.Clock.GetUtcNow().UtcDateTime.AddDays(-8);
        await app.InDatabaseAsync(db => db.Appeals.Where(a => a.Id == first).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, eightDaysAgo)));
        (await Find($"county=DCX&content={Uri.EscapeDataString("我们幸福小区已经停水两天，没人管")}")).ShouldBeEmpty();
        (await Find("phone=13700000201")).Count.ShouldBe(1);
        var later = await SubmitAsync(op, Call("投诉", "幸福小区又停水了", "13700000201"));
        var detail = await OkStepAsync(op, later, "merge", new { into = first });
        detail.GetProperty("status").GetString().ShouldBe("merged");
        (await Find("phone=13700000201")).Select(d => d.GetProperty("id").GetInt32()).ShouldBe([first]);
    }

    [Fact]
    public async Task The_console_offers_to_apply_a_suggested_category_also_when_no_type_is_suggested()
    {
        using var console = await Admin.CookieSession.SignInAsync(app, "operator");
        // No cue word and no history: no type, but the top kind's keyword list gives a category.
        var panel = await console.HtmlAsync("/Appeals/Intake?handler=Assist&county=DCX&text=" + Uri.EscapeDataString("小区门口的共享单车乱停乱放，堵住了人行道"));
        panel.ShouldContain("类型：—");
        panel.ShouldContain("data-apply-category=\"");
        panel.ShouldContain("data-apply-type=\"\"");
        panel.ShouldContain("data-apply ");
    }

    [Fact]
    public async Task A_dispatch_records_whether_it_took_the_suggestion_and_an_approved_return_counts_against_it()
    {
        using var op = await app.ClientForAsync("operator");
        using var supervisor = await app.ClientForAsync("supervisor");
        var before = await (await supervisor.GetAsync("/api/v1/appeals/suggest/stats")).ShouldBeJsonAsync();
        const string text = "超市销售过期食品，要求市场监管部门查处";
        // A call of the prefecture itself: its own 市场监管局 is the suggestion (a county's call would get the county's).
        var top = (await SuggestAsync(op, text, "示范州")).GetProperty("departments")[0].GetProperty("code").GetString();
        top.ShouldBe("market");

        var taken = await SubmitAsync(op, Call("投诉", text, "13700000301", "示范州"));
        await OkStepAsync(op, taken, "dispatch", new { department = "market" });
        var overridden = await SubmitAsync(op, Call("投诉", text, "13700000302", "示范州"));
        await OkStepAsync(op, overridden, "dispatch", new { department = "housing" });
        using var handler = await app.ClientForAsync("handler.market");
        using var lead = await app.ClientForAsync("lead.market");
        await OkStepAsync(handler, taken, "return", new { reason = "不属于本部门职责" });
        await OkStepAsync(lead, taken, "return/approve");

        var after = await (await supervisor.GetAsync("/api/v1/appeals/suggest/stats")).ShouldBeJsonAsync();
        int Delta(string name) => after.GetProperty(name).GetInt32() - before.GetProperty(name).GetInt32();
        Delta("dispatches").ShouldBe(2);
        Delta("accepted").ShouldBe(1);
        Delta("overridden").ShouldBe(1);
        Delta("acceptedReturned").ShouldBe(1);
        Delta("overriddenReturned").ShouldBe(0);
        after.GetProperty("acceptanceRate").GetDouble().ShouldBeInRange(0, 1);
        after.GetProperty("model").GetProperty("keywords").GetInt32().ShouldBeGreaterThan(20);
        (await op.PostAsync("/api/v1/appeals/suggest/train", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class AppealAssistTests_Sqlite(SqliteAppFactory app) : AppealAssistTests<SqliteAppFactory>(app);

public sealed class AppealAssistTests_Postgres(PostgresAppFactory app) : AppealAssistTests<PostgresAppFactory>(app);
