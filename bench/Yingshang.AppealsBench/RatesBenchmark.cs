using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Yingshang.AppealsBench;

/// <summary>
/// <c>rates</c>: one month's rates by department as the app computes them (<c>GET /api/v1/appeals/rates</c> on a started
/// Release app, as an operator) against a plain GROUP BY over the raw table for the same month, interleaved in one run.
/// </summary>
internal static class RatesBenchmark
{
    public static async Task<int> RunAsync(Options o)
    {
        var postgres = o.Required("postgres");
        var (appeals, runs, month) = (o.Int("appeals", 10_000_000), o.Int("runs", 15), o.Text("month", "2026-03"));
        await using var data = NpgsqlDataSource.Create(postgres);
        var (dll, url) = (o.Required("app"), $"http://127.0.0.1:{o.Int("app-port", 5306)}");
        // The app's start-up rebuilds the rates roll-up when its marker is missing (an existing data set from before the
        // roll-up); data generated now is written in SQL, past the app, so the marker is cleared and the app restarted.
        var app = await ServerProcess.StartAppAsync(dll, url, postgres);
        if (await RatesData.EnsureAsync(data, appeals, o.Flag("regenerate")))
        {
            await app.DisposeAsync();
            await RatesData.Scalar(data, "DELETE FROM appeals_rate_rollup_marker");
            var rebuild = Stopwatch.StartNew();
            app = await ServerProcess.StartAppAsync(dll, url, postgres);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rates roll-up rebuilt by the app's start-up: {rebuild.Elapsed.TotalSeconds:F0} s until healthy"));
        }
        await using var running = app;

        var (start, end) = MonthUtc(month);
        using var http = new HttpClient { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));
        var ours = new List<double>();
        var baseline = new List<double>();
        var (appTotal, baseTotal, appRows, baseRows) = (0L, 0L, 0, 0);
        for (var i = -3; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri($"/api/v1/appeals/rates?period={month}&groupBy=department", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (i >= 0) ours.Add(clock.Elapsed.TotalMilliseconds);
            var rows = report.GetProperty("rows").EnumerateArray().ToList();
            (appRows, appTotal) = (rows.Count, rows.Sum(r => r.GetProperty("dispatched").GetInt64()));

            clock.Restart();
            var groups = await BaselineAsync(data, start, end);
            if (i >= 0) baseline.Add(clock.Elapsed.TotalMilliseconds);
            (baseRows, baseTotal) = (groups.Count, groups.Sum(g => g.Count));
        }

        var c = CultureInfo.InvariantCulture;
        var size = (long)(await RatesData.Scalar(data, "SELECT pg_database_size(current_database())"))!;
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"rates for {month} by department over {appeals:N0} appeals; {runs} interleaved runs after 3 warm-ups; database {size / 1024.0 / 1024 / 1024:F2} GiB"));
        Console.WriteLine("| query | groups | appeals counted | median ms | p95 ms | min ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(c, $"| app: GET /api/v1/appeals/rates (HTTP, all rates + prefecture total) | {appRows} | {appTotal:N0} | {Median(ours):F1} | {P95(ours):F1} | {ours.Min():F1} |"));
        Console.WriteLine(string.Create(c, $"| baseline: SELECT lead department, count(*) … GROUP BY (Npgsql) | {baseRows} | {baseTotal:N0} | {Median(baseline):F1} | {P95(baseline):F1} | {baseline.Min():F1} |"));
        Console.WriteLine(string.Create(c, $"ratio of medians app / baseline: {Median(ours) / Median(baseline):F1}×; app median {(Median(ours) <= 200 ? "meets" : "misses")} the 200 ms target"));
        var same = appTotal == baseTotal && appRows == baseRows;
        Console.WriteLine(same ? "check: the app's departments and dispatched counts equal the baseline's" : "check: MISMATCH between the app's and the baseline's counts");
        return same ? 0 : 1;
    }

    /// <summary>The plain aggregate: the month's dispatched appeals (not merged) per lead department.</summary>
    private static async Task<List<(int Department, long Count)>> BaselineAsync(NpgsqlDataSource data, DateTime start, DateTime end)
    {
        await using var command = data.CreateCommand("""
            SELECT "LeadDepartmentId", count(*) FROM appeals_appeal
            WHERE "FirstDispatchedAt" >= $1 AND "FirstDispatchedAt" < $2 AND "LeadDepartmentId" IS NOT NULL AND "Status" <> 'Merged'
            GROUP BY "LeadDepartmentId"
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = start });
        command.Parameters.Add(new NpgsqlParameter { Value = end });
        var result = new List<(int, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result.Add((reader.GetInt32(0), reader.GetInt64(1)));
        return result;
    }

    /// <summary>A month of Beijing time (UTC+8, no daylight saving) as a UTC range, as the app's RatePeriod has it.</summary>
    private static (DateTime Start, DateTime End) MonthUtc(string month)
    {
        var first = DateTime.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return (first.AddHours(-8), first.AddMonths(1).AddHours(-8));
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "operator", password = "Demo#2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static double Median(List<double> values) => LatencySummary.At([.. values.Order()], 0.5);

    private static double P95(List<double> values) => LatencySummary.At([.. values.Order()], 0.95);
}
