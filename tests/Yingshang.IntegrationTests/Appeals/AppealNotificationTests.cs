using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.IntegrationTests.Notifications;
using Yingshang.Web.Platform.Notifications;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Which messages each step queues in its own transaction, and that delivery cannot affect a step.</summary>
public abstract class AppealNotificationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IOutboxApp
{
    [Fact]
    public async Task Each_step_queues_exactly_its_messages_to_the_requester_and_the_departments()
    {
        using var op = await app.FreshClientAsync("operator");
        using var handler = await app.FreshClientAsync("handler.market");
        var id = await SubmitAsync(op);
        var received = (await app.MessagesAsync(id)).ShouldHaveSingleItem();
        (received.Channel, received.Recipient, received.Subject).ShouldBe(("Sms", "13812345678", "诉求已受理"));
        var tracking = (await GetAsync(op, id)).GetProperty("trackingCode").GetString()!;
        received.Body.ShouldContain(tracking);
        // The tracking page asks for the code and the phone's last four digits, so the receipt says so.
        received.Body.ShouldContain("凭查询码和手机号后 4 位查询");

        await OkStepAsync(op, id, "dispatch", new { department = "market", coDepartments = new[] { "housing" } });
        (await app.DepartmentMessagesAsync(id)).ShouldBe(["market:新派单诉求", "housing:新派单诉求"]);
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已电话联系" });
        (await app.MessagesAsync(id)).Count.ShouldBe(3);

        await OkStepAsync(handler, id, "reply", new { content = "经查，商户已于当日整改，恢复通行。" });
        var replied = (await app.MessagesAsync(id))[^1];
        (replied.Channel, replied.Recipient, replied.Subject).ShouldBe(("Sms", "13812345678", "诉求已答复"));
        replied.Body.ShouldContain("商户已于当日整改");

        await OkStepAsync(op, id, "close");
        await OkStepAsync(op, id, "visit", new { resolved = false, satisfaction = 2 });
        await OkStepAsync(op, id, "reopen", new { reason = "仍有占道" });
        await OkStepAsync(op, id, "reassign", new { department = "urban-management", reason = "属城管职责" });
        (await app.DepartmentMessagesAsync(id)).ShouldBe(["market:新派单诉求", "housing:新派单诉求", "market:诉求重办", "housing:诉求重办",
            "urban-management:改派诉求", "market:诉求已改派", "housing:诉求已改派"]);
        (await app.MessagesAsync(id)).Where(m => m.Channel == "Sms").Select(m => m.Subject)
            .ShouldBe(["诉求已受理", "诉求已答复", "诉求办结回访邀请"]);
    }

    [Fact]
    public async Task The_requesters_of_merged_appeals_get_the_survivor_s_reply_with_its_numbers_masked()
    {
        using var op = await app.FreshClientAsync("operator");
        using var handler = await app.FreshClientAsync("handler.market");
        async Task<int> SubmitFromAsync(string phone)
        {
            var body = Body();
            body["requester"] = new Dictionary<string, object?> { ["name"] = "钱七", ["phone"] = phone };
            return (await (await PostAsync(op, body)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }
        var survivor = await SubmitFromAsync("13900000001");
        var earlier = await SubmitFromAsync("13900000002");
        var merged = await SubmitFromAsync("13900000003");
        var samePerson = await SubmitFromAsync("13900000001");
        await OkStepAsync(op, earlier, "merge", new { into = merged.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await OkStepAsync(op, merged, "merge", new { into = survivor.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await OkStepAsync(op, samePerson, "merge", new { into = survivor.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await OkStepAsync(op, survivor, "dispatch", new { department = "market" });
        await OkStepAsync(handler, survivor, "sign");
        await OkStepAsync(handler, survivor, "contact", new { note = "已联系" });
        await OkStepAsync(handler, survivor, "reply", new { content = "已整改。联系人电话 13611112222。" });

        foreach (var id in new[] { merged, earlier })
        {
            var reply = (await app.MessagesAsync(id)).Where(m => m.Subject == "诉求已答复").ShouldHaveSingleItem();
            reply.Body.ShouldContain("已整改");
            reply.Body.ShouldContain("136****2222");
            reply.Body.ShouldNotContain("13611112222");
        }
        (await app.MessagesAsync(samePerson)).ShouldNotContain(m => m.Subject == "诉求已答复"); // the survivor's SMS reached that phone
        (await app.MessagesAsync(survivor)).Count(m => m.Subject == "诉求已答复").ShouldBe(1);

        // Merged into an appeal already answered: the reply is sent at the merge.
        var late = await SubmitFromAsync("13900000004");
        await OkStepAsync(op, late, "merge", new { into = survivor.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        (await app.MessagesAsync(late)).Where(m => m.Subject == "诉求已答复").ShouldHaveSingleItem().Body.ShouldContain("合并办理");
    }

    [Fact]
    public async Task A_confidential_requester_still_gets_sms_and_a_landline_gets_none()
    {
        using var op = await app.FreshClientAsync("operator");
        var confidential = Body();
        confidential["requester"] = new Dictionary<string, object?> { ["name"] = "王五", ["phone"] = "13912345678", ["confidential"] = true };
        confidential["content"] = "我是王五，电话 13912345678，楼下餐馆油烟扰民";
        var id = (await (await PostAsync(op, confidential)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await app.MessagesAsync(id)).ShouldHaveSingleItem().Recipient.ShouldBe("13912345678");
        // Departments read the requester as “保密”: the dispatch message's summary masks numbers that would name them.
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        var dispatch = (await app.MessagesAsync(id)).Single(m => m.Subject == "新派单诉求").Body;
        dispatch.ShouldContain("139****5678");
        dispatch.ShouldNotContain("13912345678");

        var landline = Body();
        landline["requester"] = new Dictionary<string, object?> { ["name"] = "赵六", ["phone"] = "0871-61234567" };
        var other = (await (await PostAsync(op, landline)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await app.MessagesAsync(other)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failing_sender_does_not_affect_the_steps_whose_messages_it_fails_to_deliver()
    {
        using var op = await app.FreshClientAsync("operator");
        using var handler = await app.FreshClientAsync("handler.market");
        var id = await SubmitAsync(op);
        app.Sender.Failing[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = true;
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        await app.DeliverAsync();
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已联系" });
        (await OkStepAsync(handler, id, "reply", new { content = "已处理" })).GetProperty("status").GetString().ShouldBe("replied");
        await app.DeliverAsync();

        var related = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var outbox = await app.InDatabaseAsync(db => db.Outbox.AsNoTracking().Where(m => m.RelatedType == "Appeal" && m.RelatedId == related).ToListAsync());
        outbox.Count.ShouldBe(3);
        outbox.ShouldAllBe(m => m.Status == OutboxStatus.Pending && m.Attempts == 1 && m.LastError != null);
        (await GetAsync(op, id)).GetProperty("history").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task The_centre_sees_what_was_sent_for_an_appeal_and_whether_it_arrived()
    {
        using var op = await app.FreshClientAsync("operator");
        using var handler = await app.FreshClientAsync("handler.market");
        var id = await SubmitAsync(op);
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        await app.DeliverAsync();
        app.Sender.Failing[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = true;
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已联系" });
        await OkStepAsync(handler, id, "reply", new { content = "已处理" });
        await app.DeliverAsync();

        var log = (await (await op.GetAsync($"/api/v1/appeals/{id}/notifications")).ShouldBeJsonAsync()).EnumerateArray().ToList();
        log.Select(n => (n.GetProperty("channel").GetString(), n.GetProperty("recipient").GetString(), n.GetProperty("subject").GetString(),
                n.GetProperty("status").GetString()))
            .ShouldBe([("Sms", "138****5678", "诉求已受理", "Sent"), ("Message", "州市场监督管理局", "新派单诉求", "Sent"),
                ("Sms", "138****5678", "诉求已答复", "Pending")]);
        log[0].GetProperty("sentAt").GetString()!.ShouldEndWith("+08:00");
        log[2].GetProperty("attempts").GetInt32().ShouldBe(1);
        log[2].GetProperty("lastError").GetString().ShouldNotBeNullOrEmpty();
        log[2].GetProperty("nextAttemptAt").GetString().ShouldNotBeNull();

        (await handler.GetAsync($"/api/v1/appeals/{id}/notifications")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await op.GetAsync("/api/v1/appeals/999999/notifications")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        using var page = await Admin.CookieSession.SignInAsync(app, "operator");
        var html = await page.HtmlAsync($"/Appeals/{id}");
        html.ShouldContain("通知记录");
        html.ShouldContain("诉求已答复");
        html.ShouldContain("待发送");
        html.ShouldNotContain("13812345678");
        using var handlerPage = await Admin.CookieSession.SignInAsync(app, "handler.market");
        (await handlerPage.HtmlAsync($"/Appeals/{id}")).ShouldNotContain("通知记录");

        using var admin = await app.FreshClientAsync("admin");
        var outbox = await (await admin.GetAsync($"/api/v1/notifications?relatedType=Appeal&relatedId={id}")).ShouldBeJsonAsync();
        outbox.GetProperty("total").GetInt32().ShouldBe(3);
        var problem = await (await admin.GetAsync("/api/v1/notifications?relatedType=Appeal")).ShouldBeProblemAsync(System.Net.HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("relatedId", out _).ShouldBeTrue();
        using var adminPage = await Admin.CookieSession.SignInAsync(app, "admin");
        (await adminPage.HtmlAsync("/Admin/Notifications")).ShouldContain($"<a href=\"/Appeals/{id}\">诉求 {id}</a>");
    }
}

public sealed class AppealNotificationTests_Sqlite(OutboxSqliteApp app) : AppealNotificationTests<OutboxSqliteApp>(app);

public sealed class AppealNotificationTests_Postgres(OutboxPostgresApp app) : AppealNotificationTests<OutboxPostgresApp>(app);
