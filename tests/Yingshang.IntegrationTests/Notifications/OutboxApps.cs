using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.IntegrationTests.Notifications;

/// <summary>A sender that records what it delivered (thread-safe, shareable between hosts) and fails on demand.</summary>
public sealed class RecordingSender : INotificationSender
{
    public ConcurrentQueue<int> Delivered { get; } = new();

    /// <summary>Messages whose related id is in here fail.</summary>
    public ConcurrentDictionary<string, bool> Failing { get; } = new(StringComparer.Ordinal);

    private readonly TaskCompletionSource _gathered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Messages with this related id wait until this many messages are being sent at once (for at most 30 s).</summary>
    public (string Related, int Count)? Gather { get; set; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            for (var max = MaxInFlight; inFlight > max && Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) != max; max = MaxInFlight)
            {
            }
            if (Gather is { } gather && message.RelatedId == gather.Related)
            {
                if (inFlight >= gather.Count) _gathered.TrySetResult();
                await Task.WhenAny(_gathered.Task, Task.Delay(TimeSpan.FromSeconds(30), ct));
            }
            if (message.RelatedId is { } related && Failing.ContainsKey(related))
                throw new NotificationDeliveryException("测试接收方拒收 13812345678");
            Delivered.Enqueue(message.Id);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public int CountOf(int id) => Delivered.Count(d => d == id);
}

public interface IOutboxApp
{
    RecordingSender Sender { get; }
}

/// <summary>Test hosts for the outbox: jobs are run by the tests themselves, deliveries go to <see cref="RecordingSender"/>.</summary>
internal static class OutboxHost
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Jobs:Enabled"] = "false",
        ["Notifications:MaxAttempts"] = "3",
        ["Notifications:BatchSize"] = "4",
        ["Notifications:LeaseSeconds"] = "120",
    };

    public static void UseSender(IWebHostBuilder builder, RecordingSender sender) => builder.ConfigureServices(s =>
    {
        s.RemoveAll<INotificationSender>();
        s.AddSingleton<INotificationSender>(sender);
    });
}

public sealed class OutboxSqliteApp : SqliteAppFactory, IOutboxApp
{
    public RecordingSender Sender { get; } = new();

    protected override IDictionary<string, string?> Settings => OutboxHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        OutboxHost.UseSender(builder, Sender);
    }
}

public class OutboxPostgresApp : PostgresAppFactory, IOutboxApp
{
    public OutboxPostgresApp() { }

    /// <summary>Another instance on <paramref name="database"/>, delivering through the same <paramref name="sender"/>.</summary>
    internal OutboxPostgresApp(string database, RecordingSender sender) : base(database, ownsDatabase: false) => Sender = sender;

    public RecordingSender Sender { get; } = new();

    protected override IDictionary<string, string?> Settings => OutboxHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        OutboxHost.UseSender(builder, Sender);
    }
}
