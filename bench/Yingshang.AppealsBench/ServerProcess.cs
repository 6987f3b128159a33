using System.Diagnostics;

namespace Yingshang.AppealsBench;

/// <summary>A server under test in a process of its own (the app, or this program's baseline server), killed on dispose.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The Release Yingshang.Web.dll in Production with demo users and no demo appeals, jobs running.</summary>
    public static Task<ServerProcess> StartAppAsync(string appDll, string url, string postgres) =>
        StartAsync(url, [Path.GetFullPath(appDll)], Path.GetDirectoryName(Path.GetFullPath(appDll))!, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Yingshang"] = postgres,
            // The operator who submits needs the demo organisation; no demo appeals, a small register.
            ["Seed__Demo"] = "true",
            ["Seed__Appeals"] = "0",
            ["Seed__Enterprises"] = "200",
            ["RateLimits__Public__PermitLimit"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        });

    public static Task<ServerProcess> StartBaselineAsync(string url, string postgres)
    {
        var self = typeof(ServerProcess).Assembly.Location;
        return StartAsync(url, [self, "baseline-server", "--url", url, "--postgres", postgres], Path.GetDirectoryName(self)!,
            new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" });
    }

    private static async Task<ServerProcess> StartAsync(string url, string[] arguments, string directory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{url}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, url);
        await server.WaitHealthyAsync();
        return server;
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 1200; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Url} exited with code {_process.ExitCode} while starting");
            try
            {
                if ((await http.GetAsync(new Uri($"{Url}/health"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"{Url} did not become healthy in 10 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
