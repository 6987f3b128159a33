using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Yingshang.AppealsBench;

/// <summary>
/// <c>intake</c>: the app's <c>POST /api/v1/appeals</c> (validation, SLA, case number, audit chain, receipt SMS) against
/// the raw-INSERT baseline, both on one PostgreSQL database, driven by the same client in the same run.
/// </summary>
internal static class IntakeBenchmark
{
    public static async Task<int> RunAsync(Options o)
    {
        var postgres = o.Required("postgres");
        var (clients, seconds, warmUp, rate) = (o.Int("clients", 32), o.Int("seconds", 30), o.Int("warmup", 5), o.Double("rate", 200));
        Console.WriteLine($"intake: {clients} closed-loop clients, open loop at {rate} req/s, {seconds} s measured after {warmUp} s warm-up each");
        await using var app = await ServerProcess.StartAppAsync(o.Required("app"), $"http://127.0.0.1:{o.Int("app-port", 5304)}", postgres);
        await using var baselineServer = await ServerProcess.StartBaselineAsync($"http://127.0.0.1:{o.Int("baseline-port", 5305)}", postgres);
        using var ours = new LoadClient("Yingshang.Web", app.Url, await TokenAsync(app.Url), idempotencyKeys: true);
        using var baseline = new LoadClient("baseline (raw INSERT)", baselineServer.Url, null, idempotencyKeys: false);
        // Start-up work (demo seeding, the knowledge index, first job runs) must not land in the first phase.
        await Task.Delay(TimeSpan.FromSeconds(o.Int("settle", 20)));
        var before = await CountAsync(postgres);

        var (w, m) = (TimeSpan.FromSeconds(warmUp), TimeSpan.FromSeconds(seconds));
        // The app's background work an intake causes (receipt SMS, audit sealing, roll-up compaction) runs after its 201; each phase starts
        // once the previous phase's is done, so that no phase, the baseline's included, shares the machine with it.
        var drains = new List<string> { await DrainAsync(postgres, "before the first phase") };
        var closedOurs = await ours.ClosedLoopAsync(clients, w, m);
        drains.Add(await DrainAsync(postgres, "after the app's closed loop"));
        var closedBase = await baseline.ClosedLoopAsync(clients, w, m);
        drains.Add(await DrainAsync(postgres, "after the baseline's closed loop"));
        var openOurs = await ours.OpenLoopAsync(rate, w, m);
        drains.Add(await DrainAsync(postgres, "after the app's open loop"));
        var openBase = await baseline.OpenLoopAsync(rate, w, m);
        var after = await CountAsync(postgres);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"(a) closed loop, {clients} clients, {seconds} s"));
        Console.WriteLine("| server | requests/s | 201 | failed |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, r) in new[] { (ours.Name, closedOurs), (baseline.Name, closedBase) })
            Console.WriteLine(string.Create(c, $"| {name} | {r.PerSecond:F0} | {r.Ok} | {r.Failed} |"));
        Console.WriteLine(string.Create(c, $"ratio ours / baseline: {closedOurs.PerSecond / closedBase.PerSecond:P0} (target ≥ 50 %)"));
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"(b) open loop at {rate} req/s, {seconds} s, latency from the scheduled send time"));
        Console.WriteLine("| server | requests | failed | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, r) in new[] { (ours.Name, openOurs), (baseline.Name, openBase) })
            Console.WriteLine(string.Create(c, $"| {name} | {r.Count} | {r.Failed} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.Max:F1} |"));
        Console.WriteLine(string.Create(c, $"ours p99 {openOurs.P99:F1} ms (target ≤ 50 ms)"));
        Console.WriteLine();
        Console.WriteLine("background work left (SMS not sent yet, audit entries not sealed yet, roll-up deltas not folded yet), waited for before the next phase:");
        foreach (var drain in drains) Console.WriteLine($"- {drain}");
        Console.WriteLine();

        var landed = (Ours: after.Ours - before.Ours, Baseline: after.Baseline - before.Baseline);
        // More rows than 201s means requests the client gave up on (timeout) that the server finished later.
        var consistent = landed.Ours >= ours.Created && landed.Baseline >= baseline.Created;
        Console.WriteLine(string.Create(c, $"rows check: app 201s {ours.Created}, new appeals {landed.Ours}; baseline 201s {baseline.Created}, new rows {landed.Baseline} → {(consistent ? "every 201 landed" : "MISSING ROWS")}"));
        if (landed.Ours > ours.Created || landed.Baseline > baseline.Created)
            Console.WriteLine(string.Create(c, $"rows without a 201 (client timed out, server finished): app {landed.Ours - ours.Created}, baseline {landed.Baseline - baseline.Created}"));
        return consistent && closedOurs.Failed + closedBase.Failed + openOurs.Failed + openBase.Failed == 0 ? 0 : 1;
    }

    private static async Task<string> TokenAsync(string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "operator", password = "Demo#2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<string> DrainAsync(string postgres, string when)
    {
        await using var data = NpgsqlDataSource.Create(postgres);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        (long Sms, long Unsealed, long Deltas)? first = null;
        while (true)
        {
            await using var count = data.CreateCommand("""
                SELECT (SELECT count(*) FROM platform_outbox_message WHERE "Status" IN ('Pending', 'Sending') AND "NextAttemptAt" <= now()),
                       (SELECT count(*) FROM platform_audit_log WHERE "Seq" IS NULL),
                       (SELECT count(*) FROM appeals_rate_delta)
                """);
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            var left = (Sms: reader.GetInt64(0), Unsealed: reader.GetInt64(1), Deltas: reader.GetInt64(2));
            first ??= left;
            if (left == (0, 0, 0)) break;
            if (clock.Elapsed > TimeSpan.FromMinutes(10)) return string.Create(CultureInfo.InvariantCulture, $"{when}: {Describe(first.Value)}; NOT drained after 10 min ({Describe(left)} left)");
            await Task.Delay(500);
        }
        return string.Create(CultureInfo.InvariantCulture, $"{when}: {Describe(first.Value)}; done in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string Describe((long Sms, long Unsealed, long Deltas) left) =>
        string.Create(CultureInfo.InvariantCulture, $"{left.Sms} SMS, {left.Unsealed} entries, {left.Deltas} roll-up deltas");

    private static async Task<(long Ours, long Baseline)> CountAsync(string postgres)
    {
        await using var data = NpgsqlDataSource.Create(postgres);
        await using var count = data.CreateCommand($"SELECT (SELECT count(*) FROM appeals_appeal), (SELECT count(*) FROM {BaselineServer.Table})");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
