using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.IntegrationTests.Notifications;

/// <summary>The webhook sender against a small receiver on 127.0.0.1 (Kestrel on a free port).</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Body, string? Key)> _received = new();
    private WebApplication _receiver = null!;
    private string _address = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/ok", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _received.Enqueue((await reader.ReadToEndAsync(), request.Headers["Idempotency-Key"].ToString()));
            return Results.Accepted();
        });
        _receiver.MapPost("/broken", () => Results.StatusCode(503));
        _receiver.MapPost("/slow", async (CancellationToken ct) => { await Task.Delay(TimeSpan.FromSeconds(30), ct); return Results.Ok(); });
        await _receiver.StartAsync();
        _address = _receiver.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    /// <summary>The app configured with <c>Notifications:Sender=Webhook</c>; the delivery job is driven by the test.</summary>
    private sealed class WebhookApp(string url) : SqliteAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false", ["Notifications:Sender"] = "webhook", ["Notifications:Webhook:Url"] = url,
        };
    }

    [Fact]
    public async Task The_app_configured_for_webhooks_delivers_through_the_receiver_and_records_its_refusals()
    {
        var ok = new WebhookApp(_address + "/ok");
        try
        {
            await ok.InitializeAsync();
            var sent = (await ok.EnqueueAsync("webhook-ok")).Single();
            await ok.DeliverAsync();
            var stored = await ok.MessageAsync(sent);
            stored.Status.ShouldBe(OutboxStatus.Sent);
            var (body, key) = _received.ShouldHaveSingleItem();
            key.ShouldBe($"outbox-{sent}");
            // SQLite hands the creation time back without a kind: the receiver still gets Beijing time with its offset.
            var createdAt = JsonDocument.Parse(body).RootElement.GetProperty("createdAt").GetString()!;
            createdAt.ShouldEndWith("+08:00");
            DateTimeOffset.Parse(createdAt, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ShouldBe(stored.CreatedAt, TimeSpan.FromSeconds(1));
        }
        finally
        {
            await ok.DisposeAsync();
        }

        var broken = new WebhookApp(_address + "/broken");
        try
        {
            await broken.InitializeAsync();
            var refused = (await broken.EnqueueAsync("webhook-broken")).Single();
            await broken.DeliverAsync();
            var message = await broken.MessageAsync(refused);
            (message.Status, message.Attempts).ShouldBe((OutboxStatus.Pending, 1));
            message.LastError!.ShouldContain("HTTP 503");
        }
        finally
        {
            await broken.DisposeAsync();
        }
    }

    private HttpWebhookNotificationSender Sender(string path, int timeoutSeconds = 10) => new(new HttpClient(),
        Options.Create(new NotificationOptions { Sender = "Webhook", Webhook = new WebhookOptions { Url = new Uri(_address + path), TimeoutSeconds = timeoutSeconds } }));

    private static OutboxMessage Message() =>
        OutboxMessage.Create(NotificationChannel.Sms, "13812345678", "诉求已办结", "您的诉求已办结", "Appeal", "42", new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task An_accepted_message_is_posted_as_json_with_an_idempotency_key()
    {
        await Sender("/ok").SendAsync(Message(), CancellationToken.None);
        var (body, key) = _received.ShouldHaveSingleItem();
        key.ShouldBe("outbox-0");
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("channel").GetString().ShouldBe("sms");
        json.GetProperty("recipient").GetString().ShouldBe("13812345678");
        json.GetProperty("body").GetString().ShouldBe("您的诉求已办结");
        json.GetProperty("relatedId").GetString().ShouldBe("42");
    }


    [Fact]
    public async Task A_non_success_answer_is_a_failed_attempt()
    {
        var error = await Should.ThrowAsync<NotificationDeliveryException>(() => Sender("/broken").SendAsync(Message(), CancellationToken.None));
        error.Message.ShouldContain("HTTP 503");
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_a_failed_attempt()
    {
        var error = await Should.ThrowAsync<NotificationDeliveryException>(() => Sender("/slow", timeoutSeconds: 1).SendAsync(Message(), CancellationToken.None));
        error.Message.ShouldContain("1 秒内未响应");
    }

    [Fact]
    public async Task A_closed_port_is_a_failed_attempt()
    {
        var closed = new HttpWebhookNotificationSender(new HttpClient(), Options.Create(new NotificationOptions
        { Sender = "Webhook", Webhook = new WebhookOptions { Url = new Uri("http://127.0.0.1:9/hook") } }));
        var error = await Should.ThrowAsync<NotificationDeliveryException>(() => closed.SendAsync(Message(), CancellationToken.None));
        error.Message.ShouldContain("无法连接");
    }
}
