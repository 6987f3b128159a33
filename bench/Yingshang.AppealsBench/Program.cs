using Yingshang.AppealsBench;

// dotnet bench/Yingshang.AppealsBench/bin/Release/net10.0/Yingshang.AppealsBench.dll <intake|rates> --name value …
// (docs/performance.md has the full commands).
var command = args.Length > 0 ? args[0] : "";
var options = new Options(args.Skip(1));
if (command == "baseline-server")
{
    await BaselineServer.RunAsync(options);
    return 0;
}
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} · load average {LoadAverage()}");
return command switch
{
    "intake" => await IntakeBenchmark.RunAsync(options),
    "rates" => await RatesBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: intake --app <Yingshang.Web.dll> --postgres <cs> [--clients 32] [--seconds 30] [--warmup 5] [--rate 200] [--settle 20]");
    Console.Error.WriteLine("       rates --app <Yingshang.Web.dll> --postgres <cs> [--appeals 10000000] [--regenerate] [--month 2026-03] [--runs 15]");
    return 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
