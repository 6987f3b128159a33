namespace Yingshang.IntegrationTests.Infrastructure;

/// <summary>The app on a SQLite file of its own, deleted afterwards.</summary>
public class SqliteAppFactory : AppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"yingshang-test-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={_file};Pooling=False";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_file + suffix);
    }
}
