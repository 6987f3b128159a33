using Microsoft.Data.Sqlite;
using Npgsql;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Platform;

public sealed class DatabaseUnavailableTests
{
    [Fact]
    public void A_refused_PostgreSQL_connection_is_an_outage() =>
        DatabaseUnavailable.Is(new InvalidOperationException("wrapped", new NpgsqlException("refused", new System.Net.Sockets.SocketException(111)))).ShouldBeTrue();

    [Fact]
    public void A_server_shutting_down_is_an_outage() =>
        DatabaseUnavailable.Is(new PostgresException("terminating connection", "FATAL", "FATAL", "57P01")).ShouldBeTrue();

    [Fact]
    public void A_unique_violation_is_not_an_outage() =>
        DatabaseUnavailable.Is(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")).ShouldBeFalse();

    [Fact]
    public void A_busy_SQLite_file_is_an_outage() =>
        DatabaseUnavailable.Is(new SqliteException("database is locked", 5)).ShouldBeTrue();

    [Fact]
    public void A_SQLite_constraint_failure_is_not_an_outage() =>
        DatabaseUnavailable.Is(new SqliteException("constraint failed", 19)).ShouldBeFalse();
}
