using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.IntegrationTests.Notifications;

/// <summary>What the outbox tests do to an app: queue messages as a producer would, run the delivery job, read a message back.</summary>
internal static class OutboxDriver
{
    public static async Task<int[]> EnqueueAsync(this AppFactory app, string related, int count = 1)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        for (var i = 0; i < count; i++)
            notifier.Enqueue(NotificationChannel.Sms, "13812345678", "诉求已受理", $"您的诉求已受理（{i}）", "Test", related);
        var db = scope.ServiceProvider.GetRequiredService<Yingshang.Web.Platform.Persistence.AppDbContext>();
        await db.SaveChangesAsync();
        return await db.Outbox.Where(m => m.RelatedId == related).OrderBy(m => m.Id).Select(m => m.Id).ToArrayAsync();
    }

    public static async Task DeliverAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDeliveryJob>().RunOnceAsync(CancellationToken.None);
    }

    public static Task<OutboxMessage> MessageAsync(this AppFactory app, int id) =>
        app.InDatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    public static DateTime Now(this AppFactory app) => app.Clock.GetUtcNow().UtcDateTime;
}
