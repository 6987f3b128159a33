using Microsoft.Extensions.Options;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// Hands one message to the outside world (an SMS gateway, a message centre, a webhook). Returns when the message was
/// accepted; throws when it was not — any exception counts as a failed attempt, its message becomes the last error.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>A refusal by the receiving side, with a message worth showing to an Admin.</summary>
public sealed class NotificationDeliveryException(string message) : Exception(message);

/// <summary>
/// The default: writes one structured log line per message and treats it as sent. Phone numbers are masked, and so are
/// one-time links unless <see cref="NotificationOptions.LogLinks"/> is on.
/// </summary>
internal sealed class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger, IOptions<NotificationOptions> options)
    : INotificationSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        logger.LogInformation(
            "Notification {MessageId} via {Channel} to {Recipient}: {Subject} — {Body} (related {RelatedType} {RelatedId})",
            message.Id, message.Channel, PhoneMask.Mask(message.Recipient), message.Subject, options.Value.LogLinks ? PhoneMask.Mask(message.Body) : MessageText.Mask(message.Body),
            message.RelatedType, message.RelatedId);
        return Task.CompletedTask;
    }
}
