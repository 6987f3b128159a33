using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Phone numbers masked by default; full values only through an audited reveal by the centre and the lead department.</summary>
public abstract class AppealPrivacyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<int> DispatchedWithAsync(string phone, string content, bool confidential = false)
    {
        using var op = await app.ClientForAsync("operator");
        var body = Body(content: content);
        var requester = (Dictionary<string, object?>)body["requester"]!;
        requester["phone"] = phone;
        requester["confidential"] = confidential;
        var id = (await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await OkStepAsync(op, id, "dispatch", new { department = "market", coDepartments = new[] { "housing" } });
        return id;
    }

    [Fact]
    public async Task Phone_numbers_are_masked_in_the_api_and_leaders_also_see_numbers_in_the_text_masked()
    {
        var id = await DispatchedWithAsync("13655551234", "请回电 13700001111 告知结果");
        foreach (var user in new[] { "operator", "handler.market", "supervisor", "leader" })
            (await GetAsync(await app.ClientForAsync(user), id)).GetProperty("requester").GetProperty("phone").GetString().ShouldBe("136****1234");
        (await GetAsync(await app.ClientForAsync("handler.market"), id)).GetProperty("content").GetString().ShouldBe("请回电 13700001111 告知结果");
        (await GetAsync(await app.ClientForAsync("leader"), id)).GetProperty("content").GetString().ShouldBe("请回电 137****1111 告知结果");
        // 协办 departments may not reveal the requester: numbers in the text are masked for them too.
        (await GetAsync(await app.ClientForAsync("handler.housing"), id)).GetProperty("content").GetString().ShouldBe("请回电 137****1111 告知结果");
        var list = await (await (await app.ClientForAsync("operator")).GetAsync("/api/v1/appeals?q=13655551234")).ShouldBeJsonAsync();
        list.GetProperty("items")[0].GetProperty("summary").GetString().ShouldBe("请回电 137****1111 告知结果");
    }

    [Fact]
    public async Task The_reveal_list_on_the_page_says_how_many_reveals_there_were_beyond_the_latest_fifty()
    {
        var id = await DispatchedWithAsync("13655550052", "反复查看号码的诉求");
        using var supervisor = await app.ClientForAsync("supervisor");
        for (var i = 0; i < 52; i++) (await supervisor.PostAsJsonAsync($"/api/v1/appeals/{id}/reveal", new { reason = $"第 {i + 1} 次回访" })).EnsureSuccessStatusCode();

        using (var page = await CookieSession.SignInAsync(app, "supervisor"))
        {
            var html = await page.HtmlAsync($"/Appeals/{id}");
            html.ShouldContain("共 52 次，以下为最近 50 次；全部记录见审计日志（系统管理员）。");
            html.ShouldContain("第 52 次回访");
            html.ShouldNotContain("第 2 次回访");
        }
        using var admin = await CookieSession.SignInAsync(app, "admin");
        var adminHtml = await admin.HtmlAsync($"/Appeals/{id}");
        var link = $"/Admin/Audit?entityType=Appeal&entityKey={id.ToString(CultureInfo.InvariantCulture)}";
        adminHtml.ShouldContain($"<a href=\"{link}\">在审计日志中查看全部</a>");
        (await admin.HtmlAsync(link)).ShouldContain("第 52 次回访");
        (await admin.HtmlAsync(link + "&page=2")).ShouldContain("第 1 次回访");
    }

    [Fact]
    public async Task The_audit_log_keeps_the_requester_phone_masked_in_the_appeal_and_its_messages()
    {
        var id = await DispatchedWithAsync("13655559876", "占道经营");
        var key = id.ToString(CultureInfo.InvariantCulture);
        var messages = (await app.InDatabaseAsync(db => db.Outbox.Where(m => m.RelatedId == key).Select(m => m.Id).ToListAsync()))
            .Select(m => m.ToString(CultureInfo.InvariantCulture)).ToList();
        messages.ShouldNotBeEmpty();
        var entries = await app.InDatabaseAsync(db => db.AuditEntries
            .Where(e => (e.EntityType == "Appeal" && e.EntityKey == key) || (e.EntityType == "OutboxMessage" && messages.Contains(e.EntityKey)))
            .Select(e => new { e.EntityType, e.Before, e.After }).ToListAsync());
        entries.Select(e => e.EntityType).ShouldContain("OutboxMessage");
        foreach (var e in entries) (e.Before + e.After).ShouldNotContain("13655559876");
        entries.Where(e => e.EntityType == "Appeal").Select(e => e.After).ShouldContain(a => a!.Contains("\"RequesterPhone\":\"136****9876\""));
        entries.Where(e => e.EntityType == "OutboxMessage").Select(e => e.After).ShouldContain(a => a!.Contains("\"Recipient\":\"136****9876\""));

        using var admin = await app.ClientForAsync("admin");
        (await (await admin.GetAsync($"/api/v1/audit?entityType=Appeal&entityKey={key}")).Content.ReadAsStringAsync()).ShouldNotContain("13655559876");
        (await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync()).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_centre_and_the_lead_department_reveal_the_full_number_and_each_reveal_is_audited()
    {
        var id = await DispatchedWithAsync("13655552345", "占道经营");
        var revealed = await (await (await app.ClientForAsync("operator")).PostAsJsonAsync($"/api/v1/appeals/{id}/reveal", new { reason = "回访" })).ShouldBeJsonAsync();
        revealed.GetProperty("phone").GetString().ShouldBe("13655552345");
        revealed.GetProperty("name").GetString().ShouldBe("张三");
        using var handler = await app.ClientForAsync("handler.market");
        (await (await handler.PostAsync($"/api/v1/appeals/{id}/reveal", null)).ShouldBeJsonAsync()).GetProperty("phone").GetString().ShouldBe("13655552345");
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entries = await app.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == "reveal" && e.EntityType == "Appeal" && e.EntityKey == key)
            .OrderBy(e => e.Id).Select(e => new { e.Actor, e.After }).ToListAsync());
        entries.Select(e => e.Actor).ShouldBe(["operator", "handler.market"]);
        entries[0].After!.ShouldContain("回访");
    }

    [Fact]
    public async Task Leaders_co_departments_and_departments_of_a_confidential_requester_are_refused_and_others_get_404()
    {
        var id = await DispatchedWithAsync("13655553456", "占道经营");
        await (await (await app.ClientForAsync("leader")).PostAsync($"/api/v1/appeals/{id}/reveal", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.ClientForAsync("handler.housing")).PostAsync($"/api/v1/appeals/{id}/reveal", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var secret = await DispatchedWithAsync("13655554567", "举报", confidential: true);
        using var handler = await app.ClientForAsync("handler.market");
        (await GetAsync(handler, secret)).GetProperty("canReveal").GetBoolean().ShouldBeFalse();
        await (await handler.PostAsync($"/api/v1/appeals/{secret}/reveal", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var op = await app.ClientForAsync("operator");
        var undispatched = await SubmitAsync(op);
        await (await handler.PostAsync($"/api/v1/appeals/{undispatched}/reveal", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var audited = await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "reveal" && e.EntityKey == id.ToString(CultureInfo.InvariantCulture)));
        audited.ShouldBe(0);
    }

    [Fact]
    public async Task An_exact_phone_search_works_for_the_centre_and_the_lead_department_but_not_for_leaders()
    {
        await DispatchedWithAsync("13655556789", "占道经营");
        await DispatchedWithAsync("13655556789", "举报", confidential: true);
        async Task<int> TotalAsync(string user) =>
            (await (await (await app.ClientForAsync(user)).GetAsync("/api/v1/appeals?q=13655556789")).ShouldBeJsonAsync()).GetProperty("total").GetInt32();
        (await TotalAsync("operator")).ShouldBe(2);
        (await TotalAsync("handler.market")).ShouldBe(1);
        (await TotalAsync("handler.housing")).ShouldBe(0);
        (await TotalAsync("leader")).ShouldBe(0);
    }

    [Fact]
    public async Task Searching_digits_finds_content_only_for_those_who_read_it_unmasked()
    {
        var open = await DispatchedWithAsync("13655550077", "请回电13988887777，身份证530102199001017777");
        var secret = await DispatchedWithAsync("13655550078", "我的电话13988887778", confidential: true);
        async Task<List<int>> FoundAsync(string user, string q) =>
            [.. (await (await (await app.ClientForAsync(user)).GetAsync("/api/v1/appeals?pageSize=100&q=" + q)).ShouldBeJsonAsync())
                .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
        (await FoundAsync("operator", "1398888777")).ShouldBe([secret, open], ignoreOrder: true);
        (await FoundAsync("handler.market", "1398888777")).ShouldBe([open]);       // not the confidential one
        (await FoundAsync("handler.housing", "1398888777")).ShouldBeEmpty();       // 协办 reads it masked
        (await FoundAsync("leader", "1398888777")).ShouldBeEmpty();
        (await FoundAsync("leader", "5301021990010177")).ShouldBeEmpty();
        // Words still find them, and the case number is searched for everyone.
        (await FoundAsync("leader", Uri.EscapeDataString("请回电13988887777"))).ShouldBeEmpty();
        (await FoundAsync("leader", Uri.EscapeDataString("身份证"))).ShouldContain(open);
        var number = (await GetAsync(await app.ClientForAsync("operator"), open)).GetProperty("number").GetString()!;
        (await FoundAsync("leader", number)).ShouldBe([open]);
    }

    [Fact]
    public async Task A_merged_appeal_shows_the_survivors_reply_with_numbers_masked_to_its_own_department()
    {
        using var op = await app.ClientForAsync("operator");
        var survivor = await DispatchedWithAsync("13655550091", "小区路灯不亮");
        var duplicate = (await (await PostAsync(op, Body(content: "小区路灯还是不亮"))).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await OkStepAsync(op, duplicate, "dispatch", new { department = "housing" });
        await OkStepAsync(op, duplicate, "merge", new { into = survivor });
        using var market = await app.ClientForAsync("handler.market");
        await OkStepAsync(market, survivor, "sign");
        await OkStepAsync(market, survivor, "contact", new { note = "已联系" });
        await OkStepAsync(market, survivor, "reply", new { content = "已修复，诉求人电话 13655550091" });
        (await GetAsync(op, duplicate)).GetProperty("reply").GetString().ShouldBe("已修复，诉求人电话 13655550091");
        // The survivor's reply names the survivor's requester, whom the merged appeal's department may not reveal.
        (await GetAsync(await app.ClientForAsync("handler.housing"), duplicate)).GetProperty("reply").GetString().ShouldBe("已修复，诉求人电话 136****0091");
    }

    [Fact]
    public async Task The_detail_page_reveals_the_number_on_request_only_for_allowed_users()
    {
        var id = await DispatchedWithAsync("13655557890", "占道经营");
        using var op = await CookieSession.SignInAsync(app, "operator");
        var page = await op.HtmlAsync($"/Appeals/{id}");
        page.ShouldContain("136****7890");
        page.ShouldNotContain("13655557890");
        page.ShouldContain("查看完整号码");
        var revealed = await CookieSession.HtmlOf(await op.PostFormToAsync($"/Appeals/{id}", $"/Appeals/{id}?handler=Reveal", ("RevealReason", "核实地址")));
        revealed.ShouldContain("13655557890");
        using var supervisor = await CookieSession.SignInAsync(app, "supervisor");
        (await supervisor.HtmlAsync($"/Appeals/{id}")).ShouldContain("事由：核实地址");
        using var leader = await CookieSession.SignInAsync(app, "leader");
        (await leader.HtmlAsync($"/Appeals/{id}")).ShouldNotContain("查看完整号码");
    }
}

public sealed class AppealPrivacyTests_Sqlite(SqliteAppFactory app) : AppealPrivacyTests<SqliteAppFactory>(app);

public sealed class AppealPrivacyTests_Postgres(PostgresAppFactory app) : AppealPrivacyTests<PostgresAppFactory>(app);
