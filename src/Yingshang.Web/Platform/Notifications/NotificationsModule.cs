using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Platform.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications");
        services.AddOptions<NotificationOptions>().Bind(section)
            .Validate(o => o.UsesLog || o.UsesWebhook, "Notifications:Sender must be Log or Webhook.")
            .Validate(o => !o.UsesWebhook || o.Webhook.Url is { IsAbsoluteUri: true }, "Notifications:Sender=Webhook needs an absolute Notifications:Webhook:Url.")
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.Parallelism >= 1 && o.LeaseSeconds >= 1 && o.PollSeconds >= 1
                    && o.Webhook.TimeoutSeconds >= 1,
                "Notifications: MaxAttempts, BatchSize, Parallelism, LeaseSeconds, PollSeconds and Webhook:TimeoutSeconds must be positive.")
            // A claim that can outlast its lease is taken over while still sending: its messages would go out twice.
            .Validate(o => !o.UsesWebhook || o.WorstBatchSeconds < o.LeaseSeconds,
                "Notifications: ⌈BatchSize ÷ Parallelism⌉ × Webhook:TimeoutSeconds must be less than LeaseSeconds, or a slow batch is sent twice.")
            .ValidateOnStart();
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationList>();
        services.AddHttpClient(HttpWebhookNotificationSender.ClientName);
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value.UsesWebhook
            ? new HttpWebhookNotificationSender(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpWebhookNotificationSender.ClientName),
                sp.GetRequiredService<IOptions<NotificationOptions>>())
            : ActivatorUtilities.CreateInstance<LoggingNotificationSender>(sp));
        var poll = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("PollSeconds", new NotificationOptions().PollSeconds)));
        services.AddJob<NotificationDeliveryJob>("notifications", poll);
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("通知").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync).WithSummary("通知发件箱（分页，最新在前；status、channel、from/to 为北京时间日期；relatedType+relatedId 为关联对象，如 Appeal 与诉求 id）");
        group.MapPost("/{id:int}/retry", RetryAsync).WithSummary("重试发送失败的通知");
        return api;
    }

    private static async Task<Ok<PagedResult<NotificationRow>>> ListAsync(NotificationList list, [AsParameters] PageRequest page,
        string? status, string? channel, DateOnly? from, DateOnly? to, string? relatedType, string? relatedId, CancellationToken ct) =>
        TypedResults.Ok(await list.ListAsync(new NotificationFilter(status, channel, from, to, relatedType, relatedId), page, ct));

    private static async Task<Results<NoContent, NotFound>> RetryAsync(int id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var message = await db.Outbox.FindAsync([id], ct);
        if (message is null) return TypedResults.NotFound();
        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
