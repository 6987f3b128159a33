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
    public async Task A_confidential_requester_still_gets_sms_and_a_landline_gets_none()
    {
        using var op = await app.FreshClientAsync("operator");
        var confidential = Body();
        confidential["requester"] = new Dictionary<string, object?> { ["name"] = "王五", ["phone"] = "13912345678", ["confidential"] = true };
        var id = (await (await PostAsync(op, confidential)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await app.MessagesAsync(id)).ShouldHaveSingleItem().Recipient.ShouldBe("13912345678");

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
}

public sealed class AppealNotificationTests_Sqlite(OutboxSqliteApp app) : AppealNotificationTests<OutboxSqliteApp>(app);

public sealed class AppealNotificationTests_Postgres(OutboxPostgresApp app) : AppealNotificationTests<OutboxPostgresApp>(app);
