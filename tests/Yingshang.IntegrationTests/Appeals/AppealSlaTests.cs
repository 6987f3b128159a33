using System.Net;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Changes the matrix, so it has a database of its own.</summary>
public abstract class AppealSlaTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task The_matrix_starts_with_the_design_defaults()
    {
        using var op = await app.ClientForAsync("operator");
        var rows = (await (await op.GetAsync("/api/v1/appeals/sla")).ShouldBeJsonAsync()).EnumerateArray().ToList();
        rows.Count.ShouldBe(12);
        var complaint = rows.Single(r => r.GetProperty("type").GetString() == "投诉" && r.GetProperty("urgency").GetString() == "一般");
        (complaint.GetProperty("sign").GetString(), complaint.GetProperty("contact").GetString(), complaint.GetProperty("close").GetString())
            .ShouldBe(("1wd", "2wd", "10wd"));
        var urgent = rows.Single(r => r.GetProperty("type").GetString() == "求助" && r.GetProperty("urgency").GetString() == "紧急");
        (urgent.GetProperty("sign").GetString(), urgent.GetProperty("contact").GetString(), urgent.GetProperty("close").GetString())
            .ShouldBe(("30min", "2h", "24h"));
    }

    [Fact]
    public async Task An_admin_change_applies_to_the_next_dispatch()
    {
        using var admin = await app.ClientForAsync("admin");
        using var supervisor = await app.ClientForAsync("supervisor");
        var body = new { sign = "1wd", contact = "1wd", close = "4wd" };
        await (await supervisor.PutAsJsonAsync("/api/v1/appeals/sla/建议/一般", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PutAsJsonAsync("/api/v1/appeals/sla/建议/一般", new { sign = "3wd", contact = "2wd", close = "4wd" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PutAsJsonAsync("/api/v1/appeals/sla/建议/一般", new { sign = "1 day", contact = "2wd", close = "4wd" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PutAsJsonAsync("/api/v1/appeals/sla/建议/一般", body)).ShouldBeJsonAsync();

        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op, type: "建议", content: "建议增设夜市");
        var dispatched = await OkStepAsync(op, id, "dispatch", new { department = "commerce" });
        // 4 WD from Fri 27 Nov 2026: 30 Nov, 1, 2, 3 Dec.
        dispatched.GetProperty("deadlines").GetProperty("close").GetString().ShouldBe("2026-12-03T23:59:59+08:00");
        dispatched.GetProperty("deadlines").GetProperty("contact").GetString().ShouldBe("2026-11-30T23:59:59+08:00");
    }

    [Fact]
    public async Task The_admin_page_shows_and_saves_one_row()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        (await admin.HtmlAsync("/Admin/AppealSla")).ShouldContain("类型 × 紧急程度 时限矩阵");
        var saved = await admin.PostFormAsync("/Admin/AppealSla", ("Type", "咨询"), ("Urgency", "一般"), ("Sign", "1wd"), ("Contact", "1wd"), ("Close", "2wd"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.HtmlAsync("/Admin/AppealSla")).ShouldContain("已保存：咨询（一般）");
        var refused = await admin.PostFormAsync("/Admin/AppealSla", ("Type", "咨询"), ("Urgency", "一般"), ("Sign", "5wd"), ("Contact", "1wd"), ("Close", "2wd"));
        var html = await CookieSession.HtmlOf(refused);
        html.ShouldContain("响应时限不能短于签收时限");
        html.ShouldContain("id=\"s-咨询-一般\" name=\"Sign\" form=\"f-咨询-一般\" value=\"5wd\"");
    }

    [Fact]
    public async Task A_change_made_on_an_old_version_of_a_row_is_refused_and_the_page_keeps_what_was_typed()
    {
        using var api = await app.ClientForAsync("admin");
        var row = (await (await api.GetAsync("/api/v1/appeals/sla")).ShouldBeJsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("type").GetString() == "表扬" && r.GetProperty("urgency").GetString() == "紧急");
        var version = row.GetProperty("version").GetInt32();
        await (await api.PutAsJsonAsync("/api/v1/appeals/sla/表扬/紧急", new { sign = "1h", contact = "2h", close = "48h", version })).ShouldBeJsonAsync();

        var stale = await (await api.PutAsJsonAsync("/api/v1/appeals/sla/表扬/紧急", new { sign = "1h", contact = "3h", close = "72h", version }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("concurrency");

        using var admin = await CookieSession.SignInAsync(app, "admin");
        var response = await admin.PostFormAsync("/Admin/AppealSla", ("Type", "表扬"), ("Urgency", "紧急"), ("Sign", "1h"), ("Contact", "4h"), ("Close", "96h"),
            ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldContain("已被他人修改");
        html.ShouldContain("value=\"96h\"");
        var stored = (await (await api.GetAsync("/api/v1/appeals/sla")).ShouldBeJsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("type").GetString() == "表扬" && r.GetProperty("urgency").GetString() == "紧急");
        (stored.GetProperty("contact").GetString(), stored.GetProperty("close").GetString(), stored.GetProperty("version").GetInt32())
            .ShouldBe(("2h", "48h", version + 1));
    }
}

public sealed class AppealSlaTests_Sqlite(SqliteAppFactory app) : AppealSlaTests<SqliteAppFactory>(app);

public sealed class AppealSlaTests_Postgres(PostgresAppFactory app) : AppealSlaTests<PostgresAppFactory>(app);
