using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The stored dispatch keyword lists: seeded, kept by an Admin, validated, audited, and used by the advisor at once.</summary>
public abstract class DispatchKeywordTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Api = "/api/v1/appeals/dispatch-keywords";

    [Fact]
    public async Task The_lists_of_the_dispatch_guide_are_seeded_and_only_an_admin_reads_them()
    {
        using var admin = await app.ClientForAsync("admin");
        var market = await (await admin.GetAsync($"{Api}?department=market&pageSize=500")).ShouldBeJsonAsync();
        market.GetProperty("items").EnumerateArray().Select(k => k.GetProperty("word").GetString()).ShouldContain("营业执照");
        using var sv = await app.ClientForAsync("supervisor");
        (await sv.GetAsync(Api)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sv.PostAsJsonAsync(Api, new { department = "market", word = "新词" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("market", "", "word")]
    [InlineData("market", "   ", "word")]
    [InlineData("market", "一二三四五六七八九十一二三四五六七八九十一", "word")]
    [InlineData("market", "营业执照", "word")]
    [InlineData("market", "两个 词", "word")]
    [InlineData("no-such-department", "新词", "department")]
    [InlineData("", "新词", "department")]
    public async Task A_bad_keyword_is_a_422_naming_the_field(string department, string word, string field)
    {
        using var admin = await app.ClientForAsync("admin");
        var problem = await (await admin.PostAsJsonAsync(Api, new { department, word })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_new_keyword_moves_the_suggestion_and_edits_and_deletes_are_audited()
    {
        const string text = "楼顶的无人机航拍表演天天排练扰民";
        using var admin = await app.ClientForAsync("admin");
        using var op = await app.ClientForAsync("operator");
        (await TopAsync(op, text)).ShouldNotBe("education");

        var added = await (await admin.PostAsJsonAsync(Api, new { department = "education", word = "无人机航拍" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = added.GetProperty("id").GetInt32();
        added.GetProperty("departmentName").GetString().ShouldNotBeNullOrEmpty();
        (await TopAsync(op, text)).ShouldBe("education");

        var duplicate = await (await admin.PutAsJsonAsync($"{Api}/{id}", new { department = "education", word = "学校" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        duplicate.GetProperty("errors").TryGetProperty("word", out _).ShouldBeTrue();
        var moved = await (await admin.PutAsJsonAsync($"{Api}/{id}", new { department = "culture-tourism", word = "无人机航拍" })).ShouldBeJsonAsync();
        moved.GetProperty("department").GetString().ShouldBe("culture-tourism");
        (await TopAsync(op, text)).ShouldBe("culture-tourism");

        (await admin.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TopAsync(op, text)).ShouldNotBe("culture-tourism");
        var audited = await app.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "DispatchKeyword" && e.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.Action).ToListAsync());
        audited.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_keyword_written_by_another_instance_is_picked_up_by_the_stamp()
    {
        const string text = "海边的冲浪板租赁摊位乱收费";
        using var op = await app.ClientForAsync("operator");
        (await TopAsync(op, text)).ShouldNotBe("justice");
        await app.InDatabaseAsync(async db =>
        {
            var department = await db.Departments.Where(d => d.Code == "justice").Select(d => d.Id).SingleAsync();
            db.DispatchKeywords.Add(new Yingshang.Web.Features.Appeals.Suggest.Keywords.DispatchKeyword(department, "冲浪板租赁"));
            await db.SaveChangesAsync();
        });
        (await TopAsync(op, text)).ShouldBe("justice");
    }

    [Fact]
    public async Task The_admin_page_lists_adds_and_edits_keywords()
    {
        using var session = await CookieSession.SignInAsync(app, "admin");
        var html = await session.HtmlAsync("/Admin/DispatchKeywords?department=water");
        html.ShouldContain("自来水");
        var id = await app.InDatabaseAsync(db => db.DispatchKeywords.Where(k => k.Word == "自来水").Select(k => k.Id).FirstAsync());
        (await session.HtmlAsync($"/Admin/DispatchKeywords/Edit/{id}")).ShouldContain("修改派单关键词");
    }

    [Fact]
    public async Task An_edit_or_delete_made_on_an_old_version_is_a_409_and_changes_nothing()
    {
        using var admin = await app.ClientForAsync("admin");
        var added = await (await admin.PostAsJsonAsync(Api, new { department = "water", word = "水表井盖" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (id, version) = (added.GetProperty("id").GetInt32(), added.GetProperty("version").GetInt32());
        var first = await (await admin.PutAsJsonAsync($"{Api}/{id}", new { department = "water", word = "水表箱", version })).ShouldBeJsonAsync();
        first.GetProperty("version").GetInt32().ShouldBe(version + 1);

        var stale = await (await admin.PutAsJsonAsync($"{Api}/{id}", new { department = "water", word = "水表盖", version }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("concurrency");
        await (await admin.DeleteAsync($"{Api}/{id}?version={version}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await admin.GetAsync($"{Api}?department=water&pageSize=500")).ShouldBeJsonAsync()).GetProperty("items").EnumerateArray()
            .Where(k => k.GetProperty("id").GetInt32() == id).Select(k => k.GetProperty("word").GetString()).ShouldBe(["水表箱"]);

        (await admin.DeleteAsync($"{Api}/{id}?version={version + 1}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_edit_form_refuses_to_save_over_someone_else_change_and_keeps_what_was_typed()
    {
        using var admin = await app.ClientForAsync("admin");
        var added = await (await admin.PostAsJsonAsync(Api, new { department = "water", word = "屋顶水箱" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (id, version) = (added.GetProperty("id").GetInt32(), added.GetProperty("version").GetInt32());
        (await admin.PutAsJsonAsync($"{Api}/{id}", new { department = "water", word = "屋顶水箱间" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var session = await CookieSession.SignInAsync(app, "admin");
        var page = $"/Admin/DispatchKeywords/Edit/{id}";
        var response = await session.PostFormAsync(page, ("Department", "water"), ("Word", "屋顶水箱泵房"), ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldContain("已被他人修改");
        html.ShouldContain("value=\"屋顶水箱泵房\"");
        var deleted = await session.PostFormToAsync("/Admin/DispatchKeywords?department=water", $"/Admin/DispatchKeywords?handler=Delete&id={id}&version={version}&department=water");
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CookieSession.HtmlOf(deleted)).ShouldContain("未删除");
        (await app.InDatabaseAsync(db => db.DispatchKeywords.Where(k => k.Id == id).Select(k => k.Word).SingleAsync())).ShouldBe("屋顶水箱间");
    }

    private static async Task<string?> TopAsync(HttpClient client, string text)
    {
        var s = await (await client.GetAsync("/api/v1/appeals/suggest?content=" + Uri.EscapeDataString(text))).ShouldBeJsonAsync();
        return s.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()).FirstOrDefault();
    }

    [Fact]
    public async Task A_keyword_stored_by_another_admin_between_the_check_and_the_save_is_a_409_not_a_500()
    {
        var market = await app.InDatabaseAsync(db => db.Departments.Where(d => d.Code == "market").Select(d => d.Id).SingleAsync());
        using var admin = await app.ClientForAsync("admin");
        var response = await app.RaceAsync(db => Task.FromResult(db.DispatchKeywords.Add(new Yingshang.Web.Features.Appeals.Suggest.Keywords.DispatchKeyword(market, "同时添加"))),
            () => admin.PostAsJsonAsync(Api, new { department = "market", word = "同时添加" }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("duplicate");
        (await app.InDatabaseAsync(db => db.DispatchKeywords.CountAsync(k => k.Word == "同时添加"))).ShouldBe(1);
    }
}

public sealed class DispatchKeywordTests_Sqlite(SqliteAppFactory app) : DispatchKeywordTests<SqliteAppFactory>(app);

public sealed class DispatchKeywordTests_Postgres(PostgresAppFactory app) : DispatchKeywordTests<PostgresAppFactory>(app);
