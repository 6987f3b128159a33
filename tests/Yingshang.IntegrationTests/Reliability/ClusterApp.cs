using Microsoft.AspNetCore.Hosting;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.IntegrationTests.Notifications;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>The app on a database of a <see cref="ThrowawayPostgres"/> cluster; jobs are driven by the test, deliveries recorded.</summary>
internal sealed class ClusterApp(string connectionString) : AppFactory, IOutboxApp
{
    public RecordingSender Sender { get; } = new();

    public override string Provider => "Postgres";

    protected override string ConnectionString => connectionString;

    protected override IDictionary<string, string?> Settings => OutboxHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        OutboxHost.UseSender(builder, Sender);
    }
}
