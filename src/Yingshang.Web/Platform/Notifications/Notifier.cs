using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// What producers call beside their state change: adds a message to the outbox in the caller's unit of work, so it is
/// committed (or rolled back) with the change. It does no I/O and never throws: a notification must not stop a transition.
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock, ILogger<Notifier> logger)
{
    /// <param name="relatedType">What the message is about, e.g. <c>Appeal</c>; shown to Admins and used to find it again.</param>
    public void Enqueue(NotificationChannel channel, string recipient, string subject, string body,
        string? relatedType = null, string? relatedId = null)
    {
        if (string.IsNullOrWhiteSpace(recipient))
        {
            logger.LogWarning("Notification '{Subject}' about {RelatedType} {RelatedId} has no recipient and was not queued",
                subject, relatedType, relatedId);
            return;
        }
        db.Outbox.Add(OutboxMessage.Create(channel, recipient.Trim(), subject ?? "", body ?? "", relatedType, relatedId,
            clock.GetUtcNow().UtcDateTime));
    }
}
