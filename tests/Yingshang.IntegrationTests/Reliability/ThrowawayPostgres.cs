using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// A PostgreSQL cluster of the test's own (initdb into a temp folder, a free port), which the test may stop and start —
/// the shared server must never be stopped. As root, the server runs as the <c>postgres</c> user, like <c>scripts/test</c>.
/// </summary>
internal sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _data;

    private ThrowawayPostgres(string data, int port)
    {
        _data = data;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The newest installed PostgreSQL's bin folder, or null when PostgreSQL is not installed.</summary>
    public static string? BinDir { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
        : null;

    private static bool IsRoot => Environment.UserName == "root";

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30";

    public static ThrowawayPostgres Create()
    {
        var data = Directory.CreateTempSubdirectory("yingshang-fault-pg.").FullName;
        if (IsRoot) Run("chown", "postgres:postgres", data);
        Run(AsPostgres("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"));
        var cluster = new ThrowawayPostgres(data, FreePort());
        cluster.Start();
        return cluster;
    }

    public void Start() => Run(AsPostgres("pg_ctl", "-D", _data, "-l", Path.Combine(_data, "server.log"), "-w", "-t", "60", "-o",
        $"-p {Port} -k {_data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"));

    /// <summary>Like a crash or a pulled cable: no shutdown checkpoint, every connection cut at once.</summary>
    public void StopImmediately() => Run(AsPostgres("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop"));

    public void Dispose()
    {
        try
        {
            StopImmediately();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_data, recursive: true);
    }

    private static string[] AsPostgres(string tool, params string[] args) =>
        IsRoot ? ["runuser", "-u", "postgres", "--", Path.Combine(BinDir!, tool), .. args] : [Path.Combine(BinDir!, tool), .. args];

    private static void Run(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}): {error} {output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A test that needs PostgreSQL's own binaries (initdb, pg_ctl); skipped, saying so, where they are not installed.</summary>
internal sealed class PostgresBinariesFactAttribute : FactAttribute
{
    public PostgresBinariesFactAttribute()
    {
        if (ThrowawayPostgres.BinDir is null) Skip = "PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) are not installed";
    }
}
