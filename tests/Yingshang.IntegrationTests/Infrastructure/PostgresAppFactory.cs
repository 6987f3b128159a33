using Npgsql;

namespace Yingshang.IntegrationTests.Infrastructure;

/// <summary>
/// The app on a fresh database in the PostgreSQL server that <c>scripts/test</c> starts; the server's address
/// comes from <c>YINGSHANG_TEST_POSTGRES</c>. The database is dropped afterwards.
/// </summary>
public class PostgresAppFactory : AppFactory
{
    private readonly string _database;
    private readonly bool _ownsDatabase;

    public PostgresAppFactory() : this($"ys_test_{Guid.NewGuid():N}", ownsDatabase: true) { }

    /// <summary>A second instance on another factory's database (several instances on one PostgreSQL).</summary>
    internal PostgresAppFactory(string database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    public string Database => _database;

    public override string Provider => "Postgres";

    public static string ServerAddress => Environment.GetEnvironmentVariable("YINGSHANG_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "YINGSHANG_TEST_POSTGRES is not set: run the tests with scripts/test, which starts PostgreSQL, " +
            "or point it at a server, e.g. Host=127.0.0.1;Port=5432;Username=postgres");

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerAddress) { Database = _database }.ToString();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsDatabase) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerAddress) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
