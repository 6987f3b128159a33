using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Yingshang.AppealsBench;

/// <summary>Sends <c>POST /api/v1/appeals</c> with one fixed body to one server; counts every 201 it ever got.</summary>
internal sealed class LoadClient : IDisposable
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""
        {"content":"小区门口商铺占道经营，晚上噪音扰民，请相关部门处理。","type":"投诉","urgency":"一般","channel":"phone",
         "county":"东城县","address":"东城县人民路 1 号","category":"市场监管","requester":{"name":"张三","phone":"13812345678"}}
        """);

    private readonly HttpClient _http;
    private readonly bool _idempotencyKeys;
    private long _created;

    public LoadClient(string name, string url, string? bearer, bool idempotencyKeys)
    {
        Name = name;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60),
        };
        if (bearer is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        _idempotencyKeys = idempotencyKeys;
    }

    public string Name { get; }

    /// <summary>All 201 answers since this client was made, warm-ups included (checked against the table's rows).</summary>
    public long Created => Interlocked.Read(ref _created);

    public async Task<bool> SendAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appeals") { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        // The 12345 console sends a key with every submission so that a retry cannot file the appeal twice.
        if (_idempotencyKeys) request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        try
        {
            using var response = await _http.SendAsync(request, ct);
            if (response.StatusCode != HttpStatusCode.Created) return false;
            Interlocked.Increment(ref _created);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Closed loop: <paramref name="clients"/> senders back to back; 201s per second over the measured time.</summary>
    public async Task<(double PerSecond, long Ok, long Failed)> ClosedLoopAsync(int clients, TimeSpan warmUp, TimeSpan measured)
    {
        long ok = 0, failed = 0;
        var (measuring, stopping) = (false, false);
        var clock = Stopwatch.StartNew();
        TimeSpan from = default, to = default;
        // Requests in flight at the end are let finish (not cancelled), so that every row has its answer counted.
        var senders = Enumerable.Range(0, clients).Select(async _ =>
        {
            while (!Volatile.Read(ref stopping))
            {
                var success = await SendAsync(CancellationToken.None);
                if (!Volatile.Read(ref measuring) || Volatile.Read(ref stopping)) continue;
                if (success) Interlocked.Increment(ref ok);
                else Interlocked.Increment(ref failed);
            }
        }).ToList();
        await Task.Delay(warmUp);
        (from, measuring) = (clock.Elapsed, true);
        await Task.Delay(measured);
        (to, stopping) = (clock.Elapsed, true);
        await Task.WhenAll(senders);
        return (ok / (to - from).TotalSeconds, ok, failed);
    }

    /// <summary>
    /// Open loop: request i is due at start + i / rate whatever happened before; its latency runs from that due time,
    /// so time spent queued behind a slow server is counted (no coordinated omission).
    /// </summary>
    public async Task<LatencySummary> OpenLoopAsync(double rate, TimeSpan warmUp, TimeSpan measured)
    {
        var latencies = new ConcurrentBag<double>();
        long failed = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (long)Math.Round(rate * (warmUp + measured).TotalSeconds);
        var firstMeasured = (long)Math.Round(rate * warmUp.TotalSeconds);
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var counted = i >= firstMeasured;
            inFlight.Add(Task.Run(async () =>
            {
                var success = await SendAsync(CancellationToken.None);
                if (!counted) return;
                latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                if (!success) Interlocked.Increment(ref failed);
            }));
        }
        await Task.WhenAll(inFlight);
        return LatencySummary.Of([.. latencies], failed);
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record LatencySummary(int Count, long Failed, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(double[] values, long failed)
    {
        Array.Sort(values);
        return new LatencySummary(values.Length, failed, At(values, 0.50), At(values, 0.95), At(values, 0.99), values.Length == 0 ? 0 : values[^1]);
    }

    public static double At(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
