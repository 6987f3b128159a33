using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Platform;

/// <summary>
/// Every way "the database cannot be reached right now" reaches the exception handler — also wrapped by EF Core in a
/// DbUpdateException or an InvalidOperationException — is a 503 ProblemDetails with Retry-After; other failures are not.
/// </summary>
public sealed class DatabaseOutageMappingTests
{
    private static NpgsqlException Broken(Exception cause) => new("Exception while reading from stream", cause);

    private static Exception Outage(string kind) => kind switch
    {
        "refused" => new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        "broken mid-query" => Broken(new EndOfStreamException("Attempted to read past the end of the stream.")),
        "reset by peer" => Broken(new IOException("Unable to read data from the transport connection", new SocketException((int)SocketError.ConnectionReset))),
        "admin shutdown 57P01" => new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        "crash shutdown 57P02" => new PostgresException("terminating connection because of crash of another server process", "FATAL", "FATAL", "57P02"),
        "cannot connect now 57P03" => new PostgresException("the database system is shutting down", "FATAL", "FATAL", "57P03"),
        "connection failure 08006" => new PostgresException("connection failure", "FATAL", "FATAL", "08006"),
        "too many connections 53300" => new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300"),
        "command timeout" => new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt")),
        "pool timeout" => new NpgsqlException("The connection pool has been exhausted", new TimeoutException()),
        "bare timeout" => new TimeoutException("The operation has timed out."),
        "wrapped in DbUpdateException" => new DbUpdateException("An error occurred while saving the entity changes.", Broken(new EndOfStreamException())),
        "wrapped in DbUpdateException, 57P01" => new DbUpdateException("An error occurred while saving the entity changes.",
            new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")),
        "wrapped by EF's execution strategy" => new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused))),
        "lost while EF released its savepoint" => new DatabaseConnectionLostException("数据库连接在事务中断开，本次操作未保存。"),
        "SQLite busy" => new Microsoft.Data.Sqlite.SqliteException("database is locked", 5),
        "SQLite table locked" => new Microsoft.Data.Sqlite.SqliteException("database table is locked", 6),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Theory]
    [InlineData("refused")]
    [InlineData("broken mid-query")]
    [InlineData("reset by peer")]
    [InlineData("admin shutdown 57P01")]
    [InlineData("crash shutdown 57P02")]
    [InlineData("cannot connect now 57P03")]
    [InlineData("connection failure 08006")]
    [InlineData("too many connections 53300")]
    [InlineData("command timeout")]
    [InlineData("pool timeout")]
    [InlineData("bare timeout")]
    [InlineData("wrapped in DbUpdateException")]
    [InlineData("wrapped in DbUpdateException, 57P01")]
    [InlineData("wrapped by EF's execution strategy")]
    [InlineData("lost while EF released its savepoint")]
    [InlineData("SQLite busy")]
    [InlineData("SQLite table locked")]
    public async Task A_database_outage_is_503_with_Retry_After_and_a_problem_body(string kind)
    {
        var (status, retryAfter, body) = await HandleAsync(Outage(kind));
        status.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        retryAfter.ShouldBe("5");
        body.GetProperty("status").GetInt32().ShouldBe(503);
        body.GetProperty("code").GetString().ShouldBe("database-unavailable");
        body.GetProperty("title").GetString().ShouldBe("数据库暂不可用");
    }

    [Fact]
    public async Task A_unique_violation_is_a_409_duplicate_not_an_outage() =>
        (await HandleAsync(new DbUpdateException("save", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")))).Status.ShouldBe(409);

    [Fact]
    public async Task Another_constraint_violation_stays_a_500() =>
        (await HandleAsync(new DbUpdateException("save", new PostgresException("violates foreign key", "ERROR", "ERROR", "23503")))).Status.ShouldBe(500);

    [Fact]
    public async Task A_stale_write_stays_a_409() =>
        (await HandleAsync(new DbUpdateConcurrencyException("stale"))).Status.ShouldBe(409);

    [Fact]
    public async Task Text_PostgreSQL_cannot_store_stays_a_400() =>
        (await HandleAsync(new DbUpdateException("save", new PostgresException("invalid byte sequence", "ERROR", "ERROR", "22021")))).Status.ShouldBe(400);

    [Fact]
    public async Task A_used_up_transaction_without_a_lost_connection_stays_a_500() =>
        (await HandleAsync(new InvalidOperationException("Transaction is already completed"))).Status.ShouldBe(500);

    private static async Task<(int Status, string? RetryAfter, JsonElement Body)> HandleAsync(Exception exception)
    {
        using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "POST";
        http.Request.Path = "/api/v1/appeals";
        using var body = new MemoryStream();
        http.Response.Body = body;
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ProblemExceptionHandler>.Instance);
        (await handler.TryHandleAsync(http, exception, CancellationToken.None)).ShouldBeTrue();
        var retryAfter = http.Response.Headers.RetryAfter.ToString();
        return (http.Response.StatusCode, retryAfter.Length == 0 ? null : retryAfter, JsonDocument.Parse(body.ToArray()).RootElement.Clone());
    }
}
