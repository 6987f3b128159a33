using System.Globalization;
using Microsoft.Extensions.Options;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// POSTs each message as JSON to <c>Notifications:Webhook:Url</c> (an SMS gateway or message centre adapter).
/// A 2xx answer means accepted; anything else, a timeout or a network error is a failed attempt.
/// The <c>Idempotency-Key</c> header lets the receiver drop the rare repeat after a crash between sending and recording.
/// </summary>
internal sealed class HttpWebhookNotificationSender(HttpClient http, IOptions<NotificationOptions> options) : INotificationSender
{
    public const string ClientName = "notifications-webhook";

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var url = options.Value.Webhook.Url
            ?? throw new NotificationDeliveryException("未配置 Notifications:Webhook:Url");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new
            {
                id = message.Id,
                channel = message.Channel.ToString().ToLowerInvariant(),
                recipient = message.Recipient,
                subject = message.Subject,
                body = message.Body,
                relatedType = message.RelatedType,
                relatedId = message.RelatedId,
                createdAt = Time.ChinaTime.ToLocal(message.CreatedAt),
            }),
        };
        request.Headers.Add("Idempotency-Key", "outbox-" + message.Id.ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.Webhook.TimeoutSeconds));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new NotificationDeliveryException($"接收方在 {options.Value.Webhook.TimeoutSeconds} 秒内未响应");
        }
        catch (HttpRequestException e)
        {
            throw new NotificationDeliveryException($"无法连接接收方：{e.Message}");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new NotificationDeliveryException($"接收方返回 HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
    }
}
