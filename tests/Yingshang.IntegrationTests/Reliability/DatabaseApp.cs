using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>The app on a given database (a restored backup, an upgraded copy); <paramref name="cleanUp"/> removes it afterwards.</summary>
public sealed class DatabaseApp(string provider, string connectionString, Func<Task> cleanUp) : AppFactory
{
    public override string Provider => provider;

    protected override string ConnectionString => connectionString;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await cleanUp();
    }
}
