using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.PublicAppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The public pages as a browser without an account and without JavaScript uses them.</summary>
public abstract partial class PublicAppealPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static (string, string)[] Form(string key, string phone) =>
    [
        ("Key", key), ("RequesterName", "钱七"), ("RequesterPhone", phone), ("County", "DCX"), ("Address", "东城县文化路 5 号"),
        ("Type", "投诉"), ("Text", "夜间施工噪音扰民"), ("Confidential", "true"),
    ];

    [Fact]
    public async Task A_yes_no_box_posted_with_another_value_shows_the_form_again_with_an_error_and_stores_nothing()
    {
        using var citizen = CookieSession.Anonymous(app);
        var before = await app.InDatabaseAsync(db => db.Appeals.CountAsync());
        var form = Form("k-" + Guid.NewGuid(), "13712345671").Select(f => f.Item1 == "Confidential" ? (f.Item1, "181") : f).ToArray();
        var response = await citizen.PostFormAsync("/Public/Appeal", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldContain("“181”不是");
        html.ShouldContain("夜间施工噪音扰民");
        (await app.InDatabaseAsync(db => db.Appeals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_web_form_keeps_the_input_on_an_error_and_a_second_submit_shows_the_same_tracking_code()
    {
        using var citizen = CookieSession.Anonymous(app);
        var bad = await CookieSession.HtmlOf(await citizen.PostFormAsync("/Public/Appeal", Form("k-" + Guid.NewGuid(), "123")));
        bad.ShouldContain("联系电话须为 11 位手机号");
        bad.ShouldContain("夜间施工噪音扰民");

        var key = "k-" + Guid.NewGuid();
        var first = await CookieSession.HtmlOf(await citizen.PostFormAsync("/Public/Appeal", Form(key, "13712345670")));
        var second = await CookieSession.HtmlOf(await citizen.PostFormAsync("/Public/Appeal", Form(key, "13712345670")));
        first.ShouldContain("您的诉求已受理");
        var code = Code().Match(first).Groups[1].Value;
        code.ShouldNotBeEmpty();
        Code().Match(second).Groups[1].Value.ShouldBe(code);

        var tracked = await CookieSession.HtmlOf(await citizen.PostFormAsync("/Public/Track", ("TrackingCode", code), ("Phone4", "5670")));
        tracked.ShouldContain("待派单");
        (await CookieSession.HtmlOf(await citizen.PostFormAsync("/Public/Track", ("TrackingCode", code), ("Phone4", "5671"))))
            .ShouldContain("未找到与该查询码和手机号后 4 位匹配的诉求");
    }

    /// <summary>
    /// The code and the last four digits are no proof of being the requester: the handling department sees both (the phone
    /// as 137****5680). So the tracking page sends the rating link to the requester's phone and never shows it.
    /// </summary>
    [Fact]
    public async Task The_tracking_page_sends_the_rating_link_by_sms_and_the_link_rates_once()
    {
        using var api = app.CreateClient();
        var code = await SubmitAsync(api, "13712345680");
        var id = await IdOfAsync(app, code);
        await CloseAsync(app, id);
        var atClose = await RatingTokenAsync(app, id);
        using var handler = await app.ClientForAsync("handler.market");
        var seen = await AppealApi.GetAsync(handler, id);
        seen.GetProperty("trackingCode").GetString().ShouldBe(code);
        seen.GetProperty("requester").GetProperty("phone").GetString()!.ShouldEndWith("5680");

        using var citizen = CookieSession.Anonymous(app);
        (await CookieSession.HtmlOf(await citizen.PostFormAsync("/Public/Track", ("TrackingCode", code), ("Phone4", "5680")))).ShouldContain("获取评价短信");
        var tooSoon = await citizen.PostFormToAsync("/Public/Track", "/Public/Track?handler=Rate", ("TrackingCode", code), ("Phone4", "5680"));
        tooSoon.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooSoonHtml = await CookieSession.HtmlOf(tooSoon);
        tooSoonHtml.ShouldContain("评价链接已于 10 分钟内发送至尾号 5680 的手机");
        tooSoonHtml.ShouldNotContain("/Public/Rate/");
        (await InvitationSmsAsync(id)).ShouldBe(1);

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        // Anyone may ask for the SMS; the link's address is the configured one, never the Host header the caller sent.
        citizen.Client.DefaultRequestHeaders.Host = "phish.example";
        var sent = await citizen.PostFormToAsync("/Public/Track", "/Public/Track?handler=Rate", ("TrackingCode", code), ("Phone4", "5680"));
        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sentHtml = await CookieSession.HtmlOf(sent);
        sentHtml.ShouldContain("评价链接已通过短信发送至尾号 5680 的手机");
        sentHtml.ShouldNotContain("/Public/Rate/");
        (await InvitationSmsAsync(id)).ShouldBe(2);
        var rating = "/Public/Rate/" + await RatingTokenAsync(app, id);
        rating.ShouldNotBe("/Public/Rate/" + atClose);
        var sms = await app.InDatabaseAsync(db => db.Outbox.Where(m => m.Body.Contains(rating)).Select(m => new { m.Recipient, m.Body }).SingleAsync());
        sms.Recipient.ShouldBe("13712345680");
        sms.Body.ShouldContain("请评价办理结果：http://127.0.0.1:5080" + rating + " ");
        citizen.Client.DefaultRequestHeaders.Host = null;

        var missing = await CookieSession.HtmlOf(await citizen.PostFormAsync(rating, ("Comment", "还行")));
        missing.ShouldContain("请选择诉求是否已解决");
        missing.ShouldContain("还行");
        (await CookieSession.HtmlOf(await citizen.PostFormAsync(rating, ("Resolved", "yes"), ("Satisfaction", "5")))).ShouldContain("感谢您的评价");
        (await citizen.HtmlAsync(rating)).ShouldContain("该评价链接已使用过");
        (await citizen.HtmlAsync("/Public/Rate/" + atClose)).ShouldContain("该评价链接已使用过");
        (await citizen.Client.GetAsync("/Public/Rate/unknown-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        Task<int> InvitationSmsAsync(int appeal)
        {
            var key = appeal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return app.InDatabaseAsync(db => db.Outbox.CountAsync(m => m.RelatedType == "Appeal" && m.RelatedId == key && m.Subject == "诉求办结回访邀请"));
        }
    }

    /// <summary>Staff read messages with the one-time link's token hidden, in the notification log and in the audit log.</summary>
    [Fact]
    public async Task Staff_never_read_a_rating_link_in_the_notification_log_or_the_audit_log()
    {
        using var api = app.CreateClient();
        var code = await SubmitAsync(api, "13712345681");
        var id = await IdOfAsync(app, code);
        await CloseAsync(app, id);
        var token = await RatingTokenAsync(app, id);
        using var op = await app.ClientForAsync("operator");
        var log = await (await op.GetAsync($"/api/v1/appeals/{id}/notifications")).ShouldBeJsonAsync();
        var invitation = log.EnumerateArray().Single(m => m.GetProperty("subject").GetString() == "诉求办结回访邀请").GetProperty("body").GetString()!;
        invitation.ShouldContain("/Public/Rate/（一次性链接已隐藏）");
        invitation.ShouldNotContain(token);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "OutboxMessage" && e.After != null && e.After.Contains(token))))
            .ShouldBe(0);
    }

    [Fact]
    public async Task The_login_page_links_to_the_public_pages_and_they_need_no_login()
    {
        using var citizen = CookieSession.Anonymous(app);
        var login = await citizen.HtmlAsync("/Account/Login");
        login.ShouldContain("href=\"/Public/Appeal\"");
        login.ShouldContain("href=\"/Public/Track\"");
        (await citizen.HtmlAsync("/Public/Appeal")).ShouldContain("12345 网上诉求");
        (await citizen.HtmlAsync("/Public/Track")).ShouldContain("诉求办理进度查询");
    }

    [GeneratedRegex("<p class=\"tracking-code\"[^>]*>([0-9A-Z]{10})</p>")]
    private static partial Regex Code();
}

public sealed class PublicAppealPagesTests_Sqlite(SqliteAppFactory app) : PublicAppealPagesTests<SqliteAppFactory>(app);

public sealed class PublicAppealPagesTests_Postgres(PostgresAppFactory app) : PublicAppealPagesTests<PostgresAppFactory>(app);
