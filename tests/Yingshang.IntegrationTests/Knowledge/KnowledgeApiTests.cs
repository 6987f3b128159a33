using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Knowledge;

public abstract class KnowledgeApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static object Entry(string question, string answer = "请携带身份证到政务服务中心办理。", string? department = "market",
        string[]? tags = null, string? validUntil = null, bool published = true) =>
        new { question, answer, department, tags = tags ?? ["测试"], validUntil, published };

    private static async Task<JsonElement> CreateAsync(HttpClient editor, object body) =>
        await (await editor.PostAsJsonAsync("/api/v1/knowledge", body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task The_intake_console_suggests_entries_about_the_call_not_those_that_only_mention_its_words_in_the_answer()
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        await CreateAsync(supervisor, Entry("路口信号灯长时间不亮怎么反映", "信号灯故障由交警部门负责维修，请说明路口位置。", tags: ["信号灯"]));
        await CreateAsync(supervisor, Entry("公积金提取需要哪些材料", "携带身份证和银行卡办理；路口信号灯等交通问题请另行反映。", tags: ["公积金"]));
        using var operatorPage = await Admin.CookieSession.SignInAsync(app, "operator");
        var panel = await operatorPage.HtmlAsync("/Appeals/Intake?handler=Assist&text=" + Uri.EscapeDataString("人民路路口的信号灯坏了三天没人修"));
        panel.ShouldContain("路口信号灯长时间不亮怎么反映");
        panel.ShouldNotContain("公积金提取需要哪些材料");
        // The knowledge search itself still finds both: an answer is context there.
        var search = await (await supervisor.GetAsync("/api/v1/knowledge?q=" + Uri.EscapeDataString("路口信号灯"))).ShouldBeJsonAsync();
        search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("question").GetString()).ShouldContain("公积金提取需要哪些材料");
    }

    [Fact]
    public async Task One_common_word_shared_with_a_long_call_does_not_bring_an_entry_but_a_one_word_call_finds_its_entry()
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        await CreateAsync(supervisor, Entry("共享单车乱停乱放由谁管", "由城市管理部门督促运营企业清理。", tags: ["单车"]));
        await CreateAsync(supervisor, Entry("小区物业费收费标准在哪里查", "物业服务收费标准可在住建部门网站查询。", tags: ["物业费"]));
        await CreateAsync(supervisor, Entry("停水了怎么查询恢复时间", "请拨打供水企业服务热线查询。", tags: ["供水"]));
        using var operatorPage = await Admin.CookieSession.SignInAsync(app, "operator");
        var panel = await operatorPage.HtmlAsync("/Appeals/Intake?handler=Assist&text=" + Uri.EscapeDataString("小区门口的共享单车乱停乱放，堵住了人行道"));
        panel.ShouldContain("共享单车乱停乱放由谁管");
        panel.ShouldNotContain("小区物业费收费标准在哪里查");
        (await operatorPage.HtmlAsync("/Appeals/Intake?handler=Assist&text=" + Uri.EscapeDataString("停水"))).ShouldContain("停水了怎么查询恢复时间");
    }

    private static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());

    [Fact]
    public async Task A_supervisor_creates_changes_and_deletes_an_entry()
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        var created = await CreateAsync(supervisor, Entry("测试用的殡葬补贴怎么申领？", department: "civil-affairs", tags: ["殡葬补贴"]));
        var id = created.GetProperty("id").GetInt32();
        created.GetProperty("department").GetString().ShouldBe("civil-affairs");
        created.GetProperty("published").GetBoolean().ShouldBeTrue();

        var changed = await (await supervisor.PutAsJsonAsync($"/api/v1/knowledge/{id}", new
        {
            question = "殡葬补贴怎么申领？", answer = "由户籍所在地民政部门办理。", department = "civil-affairs", tags = new[] { "殡葬补贴", "民政" },
            published = true, version = created.GetProperty("version").GetInt32(),
        })).ShouldBeJsonAsync();
        changed.GetProperty("answer").GetString().ShouldBe("由户籍所在地民政部门办理。");
        changed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["殡葬补贴", "民政"]);

        var stale = await (await supervisor.PutAsJsonAsync($"/api/v1/knowledge/{id}", new { question = "旧版本", answer = "旧", version = created.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("concurrency");

        (await supervisor.DeleteAsync($"/api/v1/knowledge/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await supervisor.GetAsync($"/api/v1/knowledge/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Ids(await (await supervisor.GetAsync("/api/v1/knowledge?q=殡葬补贴")).ShouldBeJsonAsync()).ShouldNotContain(id);
    }

    [Theory]
    [InlineData("", "答复", "market", "question")]
    [InlineData("问题", "", "market", "answer")]
    [InlineData("问题", "答复", "no-such-department", "department")]
    public async Task Invalid_entries_are_422_naming_the_field(string question, string answer, string department, string field)
    {
        using var admin = await app.ClientForAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/knowledge", Entry(question, answer, department))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task An_answer_over_4000_characters_and_a_past_validity_are_refused()
    {
        using var admin = await app.ClientForAsync("admin");
        var tooLong = await (await admin.PostAsJsonAsync("/api/v1/knowledge", Entry("长答复", new string('答', 4001)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        tooLong.GetProperty("errors").GetProperty("answer")[0].GetString()!.ShouldContain("4000");
        var past = await (await admin.PostAsJsonAsync("/api/v1/knowledge", Entry("过期", validUntil: "2020-01-01"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        past.GetProperty("errors").TryGetProperty("validUntil", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("handler.market")]
    [InlineData("lead.market")]
    public async Task Readers_may_search_but_not_edit(string user)
    {
        using var client = await app.ClientForAsync(user);
        (await client.GetAsync("/api/v1/knowledge?q=营业执照")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync("/api/v1/knowledge", Entry("越权新增"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PutAsJsonAsync("/api/v1/knowledge/1", Entry("越权修改"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.DeleteAsync("/api/v1/knowledge/1")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("inspector.market")]
    [InlineData("leader")]
    public async Task Roles_outside_the_hotline_work_cannot_read_it(string user)
    {
        using var client = await app.ClientForAsync(user);
        await (await client.GetAsync("/api/v1/knowledge")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>Each word becomes several clauses; a long pasted story must not pass Lucene's 1,024-clause limit.</summary>
    [Fact]
    public async Task A_long_pasted_story_is_searched_not_refused()
    {
        using var op = await app.ClientForAsync("operator");
        // 800 different characters: about 800 words and bigrams, thousands of clauses before the cap.
        var story = "营业执照" + new string([.. Enumerable.Range(0, 800).Select(i => (char)(0x4E00 + i * 7))]);
        var page = await (await op.GetAsync("/api/v1/knowledge?q=" + Uri.EscapeDataString(story))).ShouldBeJsonAsync();
        page.GetProperty("items").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Array);
    }

    [Fact]
    public async Task A_caller_s_question_finds_the_business_licence_entry_with_a_marked_snippet()
    {
        using var op = await app.ClientForAsync("operator");
        var page = await (await op.GetAsync("/api/v1/knowledge?q=" + Uri.EscapeDataString("营业执照怎么办"))).ShouldBeJsonAsync();
        var first = page.GetProperty("items")[0];
        first.GetProperty("question").GetString().ShouldBe("如何办理营业执照（企业设立登记）？");
        first.GetProperty("snippetHtml").GetString()!.ShouldContain("<mark>");
        page.GetProperty("total").GetInt32().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Filters_restrict_and_hidden_entries_are_only_for_editors_who_ask()
    {
        using var admin = await app.ClientForAsync("admin");
        var expiring = await CreateAsync(admin, Entry("测试用的稳岗返还怎么申请？", department: "hrss", tags: ["稳岗返还"], validUntil: "2026-12-31"));
        var draft = await CreateAsync(admin, Entry("测试用的稳岗返还草稿", department: "hrss", tags: ["稳岗返还"], published: false));
        using var op = await app.ClientForAsync("operator");

        var expiringId = expiring.GetProperty("id").GetInt32();
        var draftId = draft.GetProperty("id").GetInt32();
        var inHrss = Ids(await (await op.GetAsync("/api/v1/knowledge?q=稳岗返还&department=hrss")).ShouldBeJsonAsync()).ToList();
        inHrss[0].ShouldBe(expiringId);
        inHrss.ShouldNotContain(draftId);
        Ids(await (await op.GetAsync("/api/v1/knowledge?q=稳岗返还&department=market")).ShouldBeJsonAsync()).ShouldNotContain(expiringId);
        Ids(await (await op.GetAsync("/api/v1/knowledge?tag=稳岗返还")).ShouldBeJsonAsync()).ShouldBe([expiringId]);

        // The entry's validity passes: written in the database as an older entry would be; the index notices at its next check.
        await app.InDatabaseAsync(db => db.KnowledgeEntries.Where(e => e.Id == expiringId).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.ValidUntil, new DateOnly(2026, 11, 1)).SetProperty(e => e.Revision, e => e.Revision + 1)));
        app.Clock.Advance(TimeSpan.FromSeconds(6));
        var afterExpiry = Ids(await (await op.GetAsync("/api/v1/knowledge?q=稳岗返还&includeExpired=true")).ShouldBeJsonAsync()).ToList();
        afterExpiry.ShouldNotContain(expiringId);
        afterExpiry.ShouldNotContain(draftId);
        (await op.GetAsync($"/api/v1/knowledge/{expiringId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var all = Ids(await (await admin.GetAsync("/api/v1/knowledge?q=稳岗返还&includeExpired=true")).ShouldBeJsonAsync()).ToList();
        all.ShouldContain(expiringId);
        all.ShouldContain(draftId);
        (await admin.GetAsync($"/api/v1/knowledge/{expiringId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_operator_s_use_is_counted_and_a_draft_cannot_be_used()
    {
        using var admin = await app.ClientForAsync("admin");
        var entry = await CreateAsync(admin, Entry("测试用的使用计数"));
        var draft = await CreateAsync(admin, Entry("测试用的草稿计数", published: false));
        using var op = await app.ClientForAsync("operator");
        var id = entry.GetProperty("id").GetInt32();

        var uses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => op.PostAsync($"/api/v1/knowledge/{id}/use", null)));
        uses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await (await op.GetAsync($"/api/v1/knowledge/{id}")).ShouldBeJsonAsync()).GetProperty("useCount").GetInt32().ShouldBe(3);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "use" && e.EntityType == "KnowledgeEntry" && e.EntityKey == key))).ShouldBe(3);
        (await (await op.PostAsync($"/api/v1/knowledge/{draft.GetProperty("id").GetInt32()}/use", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("knowledge-draft");
        await (await op.PostAsync("/api/v1/knowledge/999999/use", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // A use is not an edit: the editor who opened the entry before these uses saves it, and stays its last editor.
        var edited = await (await admin.PutAsJsonAsync($"/api/v1/knowledge/{id}", new
        {
            question = "测试用的使用计数（修订）", answer = "修订后的答复。", published = true, version = entry.GetProperty("version").GetInt32(),
        })).ShouldBeJsonAsync();
        edited.GetProperty("useCount").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task The_page_shows_escaped_snippets_and_editors_get_the_create_link()
    {
        using var admin = await app.ClientForAsync("admin");
        await CreateAsync(admin, Entry("测试用的脚本条目", "脚本测试<script>alert(1)</script>结束", tags: ["脚本测试"]));
        using var supervisor = await CookieSession.SignInAsync(app, "supervisor");
        var raw = await (await supervisor.Client.GetAsync("/Knowledge?q=" + Uri.EscapeDataString("脚本测试"))).Content.ReadAsStringAsync();
        raw.ShouldNotContain("<script>alert(1)");
        raw.ShouldContain("&lt;script&gt;");
        raw.ShouldContain("/Knowledge/Create");

        using var op = await CookieSession.SignInAsync(app, "operator");
        var html = await op.HtmlAsync("/Knowledge?q=" + Uri.EscapeDataString("公积金提取需要什么材料"));
        html.ShouldContain("住房公积金提取需要什么材料");
        html.ShouldNotContain("/Knowledge/Create");
        // A seeded entry was last changed by the system, which the page names in Chinese.
        var seeded = await app.InDatabaseAsync(db => db.KnowledgeEntries.Where(e => e.UpdatedBy == "system").Select(e => e.Id).FirstAsync());
        (await op.HtmlAsync($"/Knowledge/{seeded}")).ShouldMatch("最后修改</dt><dd>[^<]*，系统</dd>");
        (await op.Client.GetAsync("/Knowledge/Create")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var export = await op.Client.GetAsync("/Knowledge?q=" + Uri.EscapeDataString("公积金") + "&handler=Export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task The_create_form_shows_field_errors_and_saves_a_valid_entry()
    {
        using var session = await CookieSession.SignInAsync(app, "admin");
        var bad = await session.PostFormAsync("/Knowledge/Create", ("Input.Question", ""), ("Input.Answer", "答复"), ("Input.Published", "true"));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CookieSession.HtmlOf(bad)).ShouldContain("请填写问题");

        var good = await session.PostFormAsync("/Knowledge/Create", ("Input.Question", "测试用的表单条目"), ("Input.Answer", "表单答复"),
            ("Input.Department", "tax"), ("Input.Tags", "表单，测试"), ("Input.Published", "true"));
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await session.HtmlAsync(good.Headers.Location!.OriginalString);
        html.ShouldContain("表单答复");
        html.ShouldContain("州税务局");
    }
}

public sealed class KnowledgeApiTests_Sqlite(SqliteAppFactory app) : KnowledgeApiTests<SqliteAppFactory>(app);
public sealed class KnowledgeApiTests_Postgres(PostgresAppFactory app) : KnowledgeApiTests<PostgresAppFactory>(app);
