using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Notifications;

public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IOutboxApp
{
    [Fact]
    public async Task A_message_queued_in_a_transaction_that_rolls_back_is_not_kept()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<Notifier>().Enqueue(NotificationChannel.Message, "market", "新派单", "有新的诉求", "Test", "rolled-back");
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        (await app.InDatabaseAsync(db => db.Outbox.CountAsync(m => m.RelatedId == "rolled-back"))).ShouldBe(0);
        (await app.EnqueueAsync("committed")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_message_without_recipient_is_dropped_without_failing_the_change()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Notifier>().Enqueue(NotificationChannel.Sms, " ", "诉求已受理", "正文", "Test", "no-recipient");
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        (await app.InDatabaseAsync(db => db.Outbox.CountAsync(m => m.RelatedId == "no-recipient"))).ShouldBe(0);
    }

    [Fact]
    public async Task Delivery_sends_a_due_message_once_and_marks_it_sent()
    {
        var id = (await app.EnqueueAsync("deliver-once")).Single();
        await app.DeliverAsync();
        await app.DeliverAsync();
        app.Sender.CountOf(id).ShouldBe(1);
        var message = await app.MessageAsync(id);
        message.Status.ShouldBe(OutboxStatus.Sent);
        message.Attempts.ShouldBe(1);
        message.SentAt.ShouldNotBeNull();
        message.LeaseHolder.ShouldBeNull();
    }

    [Fact]
    public async Task A_failing_message_is_retried_after_1_then_5_minutes_and_fails_after_the_last_attempt()
    {
        app.Sender.Failing["backoff"] = true;
        var id = (await app.EnqueueAsync("backoff")).Single();

        await app.DeliverAsync();
        var first = await app.MessageAsync(id);
        (first.Status, first.Attempts).ShouldBe((OutboxStatus.Pending, 1));
        first.NextAttemptAt.ShouldBe(app.Now() + TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(1));
        first.LastError.ShouldBe("测试接收方拒收 138****5678");

        await app.DeliverAsync(); // not due yet
        (await app.MessageAsync(id)).Attempts.ShouldBe(1);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();
        var second = await app.MessageAsync(id);
        (second.Status, second.Attempts).ShouldBe((OutboxStatus.Pending, 2));
        second.NextAttemptAt.ShouldBe(app.Now() + TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(1));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.DeliverAsync();
        var last = await app.MessageAsync(id);
        (last.Status, last.Attempts).ShouldBe((OutboxStatus.Failed, 3)); // Notifications:MaxAttempts=3 in these tests
        app.Sender.CountOf(id).ShouldBe(0);

        app.Sender.Failing.TryRemove("backoff", out _);
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsync($"/api/v1/notifications/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PostAsync($"/api/v1/notifications/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await app.DeliverAsync();
        var retried = await app.MessageAsync(id);
        (retried.Status, retried.Attempts).ShouldBe((OutboxStatus.Sent, 1));
        app.Sender.CountOf(id).ShouldBe(1);
    }

    [Fact]
    public async Task A_message_claimed_by_an_instance_that_stopped_is_delivered_once_after_its_lease_expires()
    {
        var id = (await app.EnqueueAsync("abandoned")).Single();
        var crashed = new JobInstance().NewLease(app.Clock, TimeSpan.FromMinutes(2));
        (await app.InDatabaseAsync(db => db.Outbox.Where(m => m.Id == id)
            .ClaimAsync(1, crashed, s => s.SetProperty(m => m.Status, OutboxStatus.Sending), CancellationToken.None))).ShouldBe(1);

        await app.DeliverAsync();
        app.Sender.CountOf(id).ShouldBe(0);
        (await app.MessageAsync(id)).Status.ShouldBe(OutboxStatus.Sending);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.DeliverAsync();
        await app.DeliverAsync();
        app.Sender.CountOf(id).ShouldBe(1);
        var message = await app.MessageAsync(id);
        (message.Status, message.Attempts).ShouldBe((OutboxStatus.Sent, 1));
    }

    [Fact]
    public async Task Concurrent_runs_deliver_every_message_exactly_once()
    {
        var ids = await app.EnqueueAsync("concurrent", 40);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(app.DeliverAsync)));
        ids.ShouldAllBe(id => app.Sender.CountOf(id) == 1);
    }

    [Fact]
    public async Task A_batch_is_sent_several_messages_at_a_time_and_each_outcome_is_recorded()
    {
        // The hosts claim 4 per batch and send 4 at once: the first four wait for each other, then all are sent.
        app.Sender.Gather = ("gathered", 4);
        var ids = await app.EnqueueAsync("gathered", 8);
        app.Sender.Failing["gathered-failing"] = true;
        var failing = (await app.EnqueueAsync("gathered-failing")).Single();

        await app.DeliverAsync();

        app.Sender.MaxInFlight.ShouldBeGreaterThanOrEqualTo(4);
        ids.ShouldAllBe(id => app.Sender.CountOf(id) == 1);
        foreach (var id in ids) (await app.MessageAsync(id)).Status.ShouldBe(OutboxStatus.Sent);
        var failed = await app.MessageAsync(failing);
        (failed.Status, failed.Attempts, failed.LeaseHolder).ShouldBe((OutboxStatus.Pending, 1, (string?)null));
    }

    [Fact]
    public async Task A_claim_takes_no_more_rows_than_its_batch()
    {
        await app.EnqueueAsync("batch-limit", 40);
        var instance = app.Services.GetRequiredService<JobInstance>();
        var now = app.Now();
        // A lease that ends at once leaves the rows free for the other tests of this class.
        var lease = new Lease(instance.NextToken(), now, now);

        var claimed = await app.InDatabaseAsync(db => db.Outbox.Where(m => m.Status == OutboxStatus.Pending).ClaimAsync(4, lease, null, CancellationToken.None));

        claimed.ShouldBe(4);
        (await app.InDatabaseAsync(db => db.Outbox.HeldBy(lease).CountAsync())).ShouldBe(4);
    }

    [Fact]
    public async Task Admins_list_messages_with_filters_and_masked_phone_numbers()
    {
        var id = (await app.EnqueueAsync("listed")).Single();
        using var admin = await app.ClientForAsync("admin");
        var page = await (await admin.GetAsync("/api/v1/notifications?status=pending&channel=sms&pageSize=500")).ShouldBeJsonAsync();
        var row = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        row.GetProperty("recipient").GetString().ShouldBe("138****5678");
        row.GetProperty("status").GetString().ShouldBe("Pending", StringCompareShould.IgnoreCase);
        page.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        (await admin.GetAsync("/api/v1/notifications?status=lost")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.GetAsync("/api/v1/notifications?from=2026-11-28&to=2026-11-27")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var operatorClient = await app.ClientForAsync("operator");
        (await operatorClient.GetAsync("/api/v1/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_admin_page_lists_failed_messages_and_puts_one_back_in_the_queue()
    {
        app.Sender.Failing["page"] = true;
        var id = (await app.EnqueueAsync("page")).Single();
        for (var i = 0; i < 3; i++)
        {
            await app.DeliverAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(30));
        }
        (await app.MessageAsync(id)).Status.ShouldBe(OutboxStatus.Failed);

        using var admin = await CookieSession.SignInAsync(app, "admin");
        var html = await admin.HtmlAsync("/Admin/Notifications?status=failed&channel=sms");
        html.ShouldContain("发送失败");
        html.ShouldContain("138****5678");
        html.ShouldNotContain("13812345678");
        html.ShouldContain("测试接收方拒收 138****5678");

        var response = await admin.PostFormToAsync("/Admin/Notifications?status=failed", $"/Admin/Notifications?status=failed&handler=Retry&id={id}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Admin/Notifications?status=failed");
        (await app.MessageAsync(id)).Status.ShouldBe(OutboxStatus.Pending);

        var export = await admin.Client.GetAsync("/Admin/Notifications?handler=Export&status=pending");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await admin.HtmlAsync("/Admin/Notifications?status=lost")).ShouldContain("请选择列表中的状态");
        app.Sender.Failing.TryRemove("page", out _);
    }
}

public sealed class OutboxTests_Sqlite(OutboxSqliteApp app) : OutboxTests<OutboxSqliteApp>(app);
public sealed class OutboxTests_Postgres(OutboxPostgresApp app) : OutboxTests<OutboxPostgresApp>(app);
