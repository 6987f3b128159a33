using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals.HotIssues;
using Yingshang.Web.Platform.Persistence;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Hot issues over the API and the page, the thresholds, and 典型案例 candidates.</summary>
public abstract class HotIssueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Topic = "幸福超市销售过期食品，我{0}日前购买的牛奶已超过保质期，要求商家赔偿并查处。";
    private const string OtherTopic = "金色家园{0}号楼电梯故障已经很多天，物业一直不维修，老人上下楼困难。";

    [Theory]
    [InlineData("days=0", "days")]
    [InlineData("days=91", "days")]
    [InlineData("days=seven", "days")]
    [InlineData("county=火星县", "county")]
    public async Task A_bad_parameter_is_a_422_naming_it(string query, string field)
    {
        using var sv = await app.ClientForAsync("supervisor");
        var problem = await (await sv.GetAsync($"/api/v1/appeals/hot-issues?{query}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_cluster_that_grew_past_the_thresholds_is_listed_with_its_counts_places_and_appeals()
    {
        var ids = await SeedTopicAsync(Topic);
        using var leader = await app.ClientForAsync("leader");
        var report = await (await leader.GetAsync("/api/v1/appeals/hot-issues?days=7&county=东城县")).ShouldBeJsonAsync();
        report.GetProperty("days").GetInt32().ShouldBe(7);
        report.GetProperty("from").GetString().ShouldBe("2026-11-21");
        report.GetProperty("previousTo").GetString().ShouldBe("2026-11-20");
        var issue = report.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("key").GetInt32() == ids.Min());
        issue.GetProperty("size").GetInt32().ShouldBe(5);
        issue.GetProperty("before").GetInt32().ShouldBe(3);
        issue.GetProperty("growth").GetDouble().ShouldBe(1.67);
        issue.GetProperty("counties").EnumerateArray().Select(c => c.GetString()).ShouldBe(["东城县"]);
        issue.GetProperty("label").GetString()!.ShouldContain("保质期");
        issue.GetProperty("appeals").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).Order().ShouldBe(ids.Order());
        issue.GetProperty("appeals").EnumerateArray().Count(a => a.GetProperty("current").GetBoolean()).ShouldBe(5);

        var again = await (await leader.GetAsync("/api/v1/appeals/hot-issues?days=7&county=东城县")).ShouldBeJsonAsync();
        again.GetProperty("issues").ToString().ShouldBe(report.GetProperty("issues").ToString());
        using var handler = await app.ClientForAsync("handler.market");
        (await handler.GetAsync("/api/v1/appeals/hot-issues")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_page_drills_down_and_exports_an_audited_xlsx()
    {
        var ids = await SeedTopicAsync(OtherTopic);
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var html = await session.HtmlAsync($"/Appeals/HotIssues?days=7&cluster={ids.Min()}");
        html.ShouldContain("热点：");
        html.ShouldContain("推荐为典型案例候选");
        var export = await session.Client.GetAsync("/Appeals/HotIssues?handler=Export&days=7");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldContain(r => Convert.ToInt32(r["本期件数"], System.Globalization.CultureInfo.InvariantCulture) >= 5);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "HotIssues" && e.Action == "export"))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_large_hot_issue_counts_all_its_appeals_lists_the_newest_fifty_and_recommends_them_all()
    {
        const string topic = "西山县{0}号路段井盖缺失，夜间行人和电动车容易掉入，存在严重安全隐患，请尽快修复。";
        using var op = await app.ClientForAsync("operator");
        var ids = new List<int>();
        for (var i = 0; i < 56; i++)
        {
            var body = Body("求助", string.Format(System.Globalization.CultureInfo.InvariantCulture, topic, i + 1));
            body["county"] = "西山县";
            body["category"] = "市政设施";
            ids.Add((await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        }
        // The first call came two days ago: the issue's first receipt is one of the appeals not listed.
        var twoDaysAgo = app.Clock.GetUtcNow().UtcDateTime.AddDays(-2);
        await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, twoDaysAgo)));
        using var leader = await app.ClientForAsync("leader");
        var report = await (await leader.GetAsync("/api/v1/appeals/hot-issues?days=7&county=西山县")).ShouldBeJsonAsync();
        var issue = report.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("key").GetInt32() == ids.Min());
        issue.GetProperty("size").GetInt32().ShouldBe(56);
        issue.GetProperty("firstReceivedAt").GetString().ShouldBe(Yingshang.Web.Features.Appeals.Detail.AppealReader.Iso(twoDaysAgo));
        var listed = issue.GetProperty("appeals").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();
        listed.ShouldBe(ids.AsEnumerable().Reverse().Take(HotIssueReport.AppealsShown));
        issue.TryGetProperty("appealIds", out _).ShouldBeFalse();

        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var page = $"/Appeals/HotIssues?days=7&county=西山县&cluster={ids.Min()}";
        (await session.HtmlAsync(page)).ShouldContain("共 56 件，列出最近 50 件");
        var marked = await session.PostFormToAsync(page, "/Appeals/HotIssues?handler=Mark", ("days", "7"), ("county", "西山县"), ("cluster", ids.Min().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("note", "井盖缺失集中反映"));
        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect, await CookieSession.HtmlOf(marked));
        var candidate = await app.InDatabaseAsync(db => db.Set<TypicalCase>().OrderByDescending(t => t.Id).FirstAsync());
        candidate.Note.ShouldBe("井盖缺失集中反映");
        (await app.InDatabaseAsync(db => db.Set<TypicalCase>().Where(t => t.Id == candidate.Id).SelectMany(t => t.Appeals).CountAsync())).ShouldBe(56);
    }

    [Fact]
    public async Task Only_an_admin_changes_the_thresholds_and_they_are_checked_and_audited()
    {
        using var sv = await app.ClientForAsync("supervisor");
        (await sv.PutAsJsonAsync("/api/v1/appeals/hot-issues/settings", new { minSize = 5, minGrowth = 1.5m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await app.ClientForAsync("admin");
        var bad = await (await admin.PutAsJsonAsync("/api/v1/appeals/hot-issues/settings", new { minSize = 5, minGrowth = 0.5m }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.GetProperty("errors").TryGetProperty("minGrowth", out _).ShouldBeTrue();
        bad = await (await admin.PutAsJsonAsync("/api/v1/appeals/hot-issues/settings", new { minSize = 1, minGrowth = 2m }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.GetProperty("errors").TryGetProperty("minSize", out _).ShouldBeTrue();
        var saved = await (await admin.PutAsJsonAsync("/api/v1/appeals/hot-issues/settings", new { minSize = 5, minGrowth = 1.5m })).ShouldBeJsonAsync();
        saved.GetProperty("minGrowth").GetDecimal().ShouldBe(1.5m);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "HotIssueSettings"))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_threshold_change_made_on_an_old_version_is_refused_by_the_api_and_the_page()
    {
        const string api = "/api/v1/appeals/hot-issues/settings";
        using var admin = await app.ClientForAsync("admin");
        var version = (await (await admin.GetAsync(api)).ShouldBeJsonAsync()).GetProperty("version").GetInt32();
        var first = await (await admin.PutAsJsonAsync(api, new { minSize = 6, minGrowth = 1.5m, version })).ShouldBeJsonAsync();
        var stale = await (await admin.PutAsJsonAsync(api, new { minSize = 7, minGrowth = 1.5m, version })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("concurrency");

        using var page = await CookieSession.SignInAsync(app, "admin");
        var response = await page.PostFormAsync("/Admin/HotIssues", ("MinSize", "8"), ("MinGrowth", "2"),
            ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldContain("已被他人修改");
        html.ShouldMatch("name=\"MinSize\" value=\"8\"");
        var stored = await (await admin.GetAsync(api)).ShouldBeJsonAsync();
        stored.GetProperty("minSize").GetInt32().ShouldBe(6);

        // The other tests of this class read with the defaults.
        await (await admin.PutAsJsonAsync(api, new { minSize = 5, minGrowth = 1.5m, version = stored.GetProperty("version").GetInt32() })).ShouldBeJsonAsync();
    }

    /// <summary>
    /// Two Admins saving the thresholds for the very first time at once: both read "no row"; the later insert must not
    /// store a second row (which nobody would read) but be told that the settings changed under it.
    /// </summary>
    [Fact]
    public async Task Two_first_saves_at_once_store_one_row_and_the_later_is_told_to_reload()
    {
        await app.InDatabaseAsync(db => db.Set<HotIssueSettings>().ExecuteDeleteAsync());
        await app.InDatabaseAsync(async late =>
        {
            late.Add(HotIssueSettings.FirstStored());
            await app.InDatabaseAsync(async first =>
            {
                first.Add(HotIssueSettings.FirstStored());
                await SingleRow.SaveAsync(first, inserting: true, CancellationToken.None);
            });
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => SingleRow.SaveAsync(late, inserting: true, CancellationToken.None));
        });
        (await app.InDatabaseAsync(db => db.Set<HotIssueSettings>().CountAsync())).ShouldBe(1);
        using var admin = await app.ClientForAsync("admin");
        (await (await admin.GetAsync("/api/v1/appeals/hot-issues/settings")).ShouldBeJsonAsync()).GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_supervisor_marks_and_withdraws_a_typical_case_others_only_read()
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op, "投诉", "阳光小区门口长期占道经营，早晚高峰行人只能走机动车道。");
        var body = new { title = "占道经营", note = "群众反映集中，具有代表性", appealIds = new[] { id } };
        (await op.PostAsJsonAsync("/api/v1/appeals/typical-cases", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var sv = await app.ClientForAsync("supervisor");
        var noNote = await (await sv.PostAsJsonAsync("/api/v1/appeals/typical-cases", body with { note = " " })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        noNote.GetProperty("errors").TryGetProperty("note", out _).ShouldBeTrue();
        var unknown = await (await sv.PostAsJsonAsync("/api/v1/appeals/typical-cases", body with { appealIds = new[] { id, 999_999 } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        unknown.GetProperty("errors").TryGetProperty("appealIds", out _).ShouldBeTrue();
        foreach (var bad in new[] { 0, -1 })
            (await (await sv.PostAsJsonAsync("/api/v1/appeals/typical-cases", body with { appealIds = new[] { bad, id } }))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("appealIds", out _).ShouldBeTrue();

        var marked = await (await sv.PostAsJsonAsync("/api/v1/appeals/typical-cases", body)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var caseId = marked.GetProperty("id").GetInt32();
        marked.GetProperty("kind").GetString().ShouldBe("appeal");
        marked.GetProperty("markedBy").GetString().ShouldBe("supervisor");
        marked.GetProperty("appeals")[0].GetProperty("id").GetInt32().ShouldBe(id);

        using var leader = await app.ClientForAsync("leader");
        var active = await (await leader.GetAsync("/api/v1/appeals/typical-cases")).ShouldBeJsonAsync();
        active.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("id").GetInt32() == caseId);
        (await leader.PostAsync($"/api/v1/appeals/typical-cases/{caseId}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var withdrawn = await (await sv.PostAsync($"/api/v1/appeals/typical-cases/{caseId}/withdraw", null)).ShouldBeJsonAsync();
        withdrawn.GetProperty("status").GetString().ShouldBe("withdrawn");
        withdrawn.GetProperty("withdrawnBy").GetString().ShouldBe("supervisor");
        await (await sv.PostAsync($"/api/v1/appeals/typical-cases/{caseId}/withdraw", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var list = await (await leader.GetAsync("/api/v1/appeals/typical-cases?status=withdrawn")).ShouldBeJsonAsync();
        list.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("id").GetInt32() == caseId);
        await (await leader.GetAsync("/api/v1/appeals/typical-cases?status=gone")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "TypicalCase"))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task The_typical_cases_page_lists_the_candidates_and_exports_them()
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op, "投诉", "菜市场周边夜间施工噪声扰民，多次反映未解决。");
        var number = (await (await op.GetAsync($"/api/v1/appeals/{id}")).ShouldBeJsonAsync()).GetProperty("number").GetString()!;
        using var sv = await app.ClientForAsync("supervisor");
        await (await sv.PostAsJsonAsync("/api/v1/appeals/typical-cases", new { title = "夜间施工噪声", note = "反复投诉", appealIds = new[] { id } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        using var session = await CookieSession.SignInAsync(app, "leader");
        var html = await session.HtmlAsync("/Appeals/TypicalCases?status=all");
        html.ShouldContain("夜间施工噪声");
        html.ShouldContain("导出Excel");
        var export = await session.Client.GetAsync("/Appeals/TypicalCases?status=all&handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = rows.Where(r => (string)r["标题"] == "夜间施工噪声").ShouldHaveSingleItem();
        row["诉求编号"].ShouldBe(number);
        row["状态"].ShouldBe("有效");
        row["推荐人"].ShouldBe("supervisor");
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "TypicalCase" && e.Actor == "leader"))).ShouldBe(1);

        var refused = await session.Client.GetAsync("/Appeals/TypicalCases?status=gone&handler=Export");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("status 须为");
    }

    /// <summary>Eight appeals on one matter in 东城县: five this week, three moved into the week before.</summary>
    private async Task<int[]> SeedTopicAsync(string topic)
    {
        using var op = await app.ClientForAsync("operator");
        var ids = new List<int>();
        for (var i = 0; i < 8; i++) ids.Add(await SubmitAsync(op, "投诉", string.Format(System.Globalization.CultureInfo.InvariantCulture, topic, i + 2)));
        var earlier = app.Clock.GetUtcNow().UtcDateTime.AddDays(-10);
        var moved = ids.Take(3).ToList();
        await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => moved.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, earlier)));
        return [.. ids];
    }
}

public sealed class HotIssueTests_Sqlite(SqliteAppFactory app) : HotIssueTests<SqliteAppFactory>(app);

public sealed class HotIssueTests_Postgres(PostgresAppFactory app) : HotIssueTests<PostgresAppFactory>(app);
