using System.Diagnostics;
using System.Globalization;

namespace Yingshang.Soak;

/// <summary>The app instances under load: started here (one per port, on one PostgreSQL) or already running.</summary>
internal sealed class Instances : IAsyncDisposable
{
    private readonly List<Process> _started = [];
    private readonly int[] _pids;

    private Instances(string[] urls, int[] pids)
    {
        Urls = urls;
        _pids = pids;
    }

    public string[] Urls { get; }

    public static async Task<Instances> StartAsync(SoakOptions options)
    {
        if (options.App is null) return new Instances(options.Targets, options.Pids);
        var urls = options.Ports.Select(p => $"http://127.0.0.1:{p}").ToArray();
        var processes = new List<Process>();
        // One after the other: the first creates and seeds the database, the second finds it ready.
        foreach (var url in urls)
        {
            processes.Add(Start(options, url));
            await WaitHealthyAsync(url);
        }
        var instances = new Instances(urls, processes.Select(p => p.Id).ToArray());
        instances._started.AddRange(processes);
        return instances;
    }

    public long[] RssMegabytes() => _pids.Select(pid =>
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }).ToArray();

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _started)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
            p.Dispose();
        }
    }

    private static Process Start(SoakOptions options, string url)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(options.App!));
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Yingshang"] = options.Postgres;
        start.Environment["Seed__Demo"] = "true";
        start.Environment["RateLimits__Public__PermitLimit"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(options.App!));
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{url}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(string url)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"{url}/health"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"{url} did not become healthy in 5 minutes");
    }
}
