using Yingshang.Soak;

// Mixed traffic against two app instances on one PostgreSQL; see docs/performance.md for the command and results.
var options = SoakOptions.Parse(args);
await using var instances = await Instances.StartAsync(options);
var traffic = await Traffic.SignInAsync(instances.Urls);
var stats = new Stats();
var memory = new List<(string When, long[] RssMb)> { ("start", instances.RssMegabytes()) };

using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
var warmUp = Task.Delay(TimeSpan.FromSeconds(options.Seconds / 5.0), stop.Token)
    .ContinueWith(_ => { lock (memory) memory.Add(("after warm-up", instances.RssMegabytes())); stats.Reset(); }, TaskScheduler.Default);
// A sample a minute, so a slow climb shows as a trend and not only as two end points.
var sampler = Task.Run(async () =>
{
    for (var minute = 1; ; minute++)
    {
        try { await Task.Delay(TimeSpan.FromMinutes(1), stop.Token); }
        catch (OperationCanceledException) { return; }
        lock (memory) memory.Add(($"minute {minute}", instances.RssMegabytes()));
    }
});
var workers = Enumerable.Range(0, options.Workers).Select(w => traffic.RunAsync(w, options, stats, stop.Token)).ToList();
await Task.WhenAll(workers);
await warmUp;
await sampler;
memory.Add(("end", instances.RssMegabytes()));
Report.Print(options, stats, memory);
return stats.Errors == 0 ? 0 : 1;
