using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>
/// A 企业用户 rates its own appeal in 我的诉求 (page and API) once it is closed: the same visit as the SMS rating link,
/// spending that link; once only, audited; another enterprise's appeal is 404.
/// </summary>
public abstract class EnterpriseRatingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static object Rating(bool resolved = true, int satisfaction = 5, string? comment = null) => new { resolved, satisfaction, comment };

    /// <summary>An appeal of <paramref name="user"/>'s enterprise taken to 已答复 (replied) by 市场监管局.</summary>
    private async Task<int> RepliedAsync(string user, string content)
    {
        using var qiye = await app.ClientForAsync(user);
        var body = new Dictionary<string, object?>
        {
            ["content"] = content, ["type"] = "求助", ["urgency"] = "一般",
            ["requester"] = new Dictionary<string, object?> { ["phone"] = "13987650001" },
        };
        var id = (await (await PostAsync(qiye, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已电话联系企业" });
        await OkStepAsync(handler, id, "reply", new { content = "已协调办理。" });
        return id;
    }

    private async Task CloseAsync(int id)
    {
        using var op = await app.ClientForAsync("operator");
        await OkStepAsync(op, id, "close");
    }

    [Fact]
    public async Task Enterprise_user_rates_its_closed_appeal_once_which_spends_the_sms_link_too()
    {
        var id = await RepliedAsync("qiye.demo1", "申请的稳岗补贴迟迟未到账，请协调。");
        using var qiye = await app.ClientForAsync("qiye.demo1");
        var early = await (await qiye.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", Rating())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        early.GetProperty("code").GetString().ShouldBe("rating-not-open");

        await CloseAsync(id);
        var token = await PublicAppealApi.RatingTokenAsync(app, id);
        await (await qiye.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", Rating(satisfaction: 9))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var rated = await (await qiye.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", Rating(false, 2, "补贴仍未到账"))).ShouldBeJsonAsync();
        rated.GetProperty("status").GetString().ShouldBe("visited");

        var seen = await (await qiye.GetAsync($"/api/v1/appeals/mine/{id}")).ShouldBeJsonAsync();
        seen.GetProperty("visit").GetProperty("satisfaction").GetInt32().ShouldBe(2);
        seen.GetProperty("visit").GetProperty("resolved").GetBoolean().ShouldBeFalse();
        // The requester's view: what was done and when, not which staff account did it or their working notes.
        var staffSteps = seen.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("actor").GetString() != "qiye.demo1").ToList();
        staffSteps.Select(h => h.GetProperty("action").GetString()).ShouldBe(["dispatch", "sign", "contact", "reply", "close"]);
        staffSteps.ShouldAllBe(h => h.GetProperty("actor").GetString() == "" && h.GetProperty("note").ValueKind == System.Text.Json.JsonValueKind.Null);
        seen.GetProperty("actions").GetArrayLength().ShouldBe(0);
        var visit = seen.GetProperty("history").EnumerateArray().Last();
        visit.GetProperty("action").GetString().ShouldBe("visit");
        visit.GetProperty("actor").GetString().ShouldBe("qiye.demo1");
        visit.GetProperty("note").GetString().ShouldBe("补贴仍未到账");

        (await (await qiye.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", Rating())).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("只能评价一次");
        using var citizen = app.CreateClient();
        (await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{token}", Rating())).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("rating-link-used");
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "qiye.demo1" && a.EntityType == "Appeal" && a.EntityKey == key
            && a.Action == "update" && a.After!.Contains("\"Satisfaction\":2")))).ShouldBe(1);
    }

    /// <summary>The supervision of departments and the staff's working notes are not the requester's to read.</summary>
    [Fact]
    public async Task The_enterprise_reads_neither_notes_nor_reasons_nor_the_supervision_of_the_department()
    {
        using var qiye = await app.ClientForAsync("qiye.demo1");
        var body = new Dictionary<string, object?>
        {
            ["content"] = "厂区门口路灯损坏，夜间出入不安全。", ["type"] = "求助", ["urgency"] = "一般",
            ["requester"] = new Dictionary<string, object?> { ["phone"] = "13987650002" },
        };
        var id = (await (await PostAsync(qiye, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using (var op = await app.ClientForAsync("operator")) await OkStepAsync(op, id, "dispatch", new { department = "market" });
        var start = app.Clock.GetUtcNow();
        JsonElement seen;
        string page;
        try
        {
            // Four days on the sign deadline has passed; the cached tokens of the other tests are of the old time, so fresh ones.
            app.Clock.Advance(TimeSpan.FromDays(4));
            await app.EscalateAsync();
            (await app.EscalationsAsync(id)).ShouldNotBeEmpty();
            using (var handler = await app.FreshClientAsync("handler.market"))
            {
                await OkStepAsync(handler, id, "sign");
                await OkStepAsync(handler, id, "contact", new { note = "企业联系人王经理脾气急，注意沟通" });
                await OkStepAsync(handler, id, "extend", new { workingDays = 3, reason = "路灯归属待与供电局扯皮" });
            }
            using (var lead = await app.FreshClientAsync("lead.market")) await OkStepAsync(lead, id, "extend/approve");
            using var reader = await app.FreshClientAsync("qiye.demo1");
            seen = await (await reader.GetAsync($"/api/v1/appeals/mine/{id}")).ShouldBeJsonAsync();
            using var browser = await CookieSession.SignInAsync(app, "qiye.demo1");
            page = await browser.HtmlAsync($"/Appeals/Mine/{id}");
        }
        finally
        {
            app.Clock.AdjustTime(start);
        }

        seen.GetProperty("contactNote").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        seen.GetProperty("escalation").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        seen.GetProperty("extension").GetProperty("workingDays").GetInt32().ShouldBe(3);
        seen.GetProperty("extension").GetProperty("reason").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString())
            .ShouldBe(["receive", "dispatch", "sign", "contact", "extend", "extend/approve"]);
        var raw = seen.GetRawText();
        raw.ShouldNotContain("王经理");
        raw.ShouldNotContain("扯皮");
        page.ShouldContain("同意延期");
        page.ShouldNotContain("扯皮");
        page.ShouldNotContain("催办");
    }

    [Fact]
    public async Task Another_enterprises_appeal_or_a_citizens_is_404_and_staff_are_refused()
    {
        var id = await RepliedAsync("qiye.demo1", "园区道路积水严重，影响货车通行。");
        await CloseAsync(id);
        using var other = await app.ClientForAsync("qiye.demo2");
        await (await other.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", Rating())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await other.GetAsync($"/Appeals/Mine/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var op = await app.ClientForAsync("operator");
        var citizens = await SubmitAsync(op);
        await (await other.PostAsJsonAsync($"/api/v1/appeals/mine/{citizens}/rate", Rating())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await op.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", Rating())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Satisfaction).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Enterprise_user_rates_on_the_detail_page_and_then_sees_the_rating_instead_of_the_form()
    {
        var id = await RepliedAsync("qiye.demo2", "希望简化食品经营许可证延续手续。");
        using var qiye = await CookieSession.SignInAsync(app, "qiye.demo2");
        var page = $"/Appeals/Mine/{id}";
        var replied = await qiye.HtmlAsync(page);
        replied.ShouldContain("审核办结后，即可在此评价办理结果");
        replied.ShouldNotContain("提交评价");

        await CloseAsync(id);
        (await qiye.HtmlAsync(page)).ShouldContain("提交评价");
        var bad = await qiye.PostFormToAsync(page, $"{page}?handler=Rate", ("Resolved", "yes"), ("Comment", "办理及时"));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await CookieSession.HtmlOf(bad);
        again.ShouldContain("请选择满意度（1–5 分）");
        again.ShouldContain("办理及时");

        var done = await qiye.PostFormToAsync(page, $"{page}?handler=Rate", ("Resolved", "yes"), ("Satisfaction", "5"), ("Comment", "办理及时"));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await qiye.HtmlAsync(done.Headers.Location!.OriginalString);
        after.ShouldContain("感谢您的评价");
        after.ShouldContain("已解决，满意度 5 分");
        after.ShouldContain("该诉求已评价");
        after.ShouldNotContain("提交评价");
        var twice = await qiye.PostFormToAsync(page, $"{page}?handler=Rate", ("Resolved", "no"), ("Satisfaction", "1"));
        (await CookieSession.HtmlOf(twice)).ShouldContain("该诉求已评价");
        (await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Satisfaction).SingleAsync())).ShouldBe(5);
    }
}

public sealed class EnterpriseRatingTests_Sqlite(SqliteAppFactory app) : EnterpriseRatingTests<SqliteAppFactory>(app);
public sealed class EnterpriseRatingTests_Postgres(PostgresAppFactory app) : EnterpriseRatingTests<PostgresAppFactory>(app);
