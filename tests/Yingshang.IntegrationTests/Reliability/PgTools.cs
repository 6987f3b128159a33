using System.Diagnostics;
using Npgsql;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>PostgreSQL's client tools and plain SQL against the test server (<c>YINGSHANG_TEST_POSTGRES</c>).</summary>
internal static class PgTools
{
    public static async Task RunAsync(string tool, params string[] args)
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresAppFactory.ServerAddress);
        var start = new ProcessStartInfo(Path.Combine(ThrowawayPostgres.BinDir!, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-h", server.Host!, "-p", $"{server.Port}", "-U", server.Username ?? "postgres" }.Concat(args))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error} {await output}");
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAppFactory.ServerAddress) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
