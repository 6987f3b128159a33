using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Yingshang.Soak;

/// <summary>
/// The request mix of a 12345 centre's day: intake by operators, dispatch and signing, lists and details by departments
/// and the office, knowledge and register searches, and the pages. Requests alternate between the instances.
/// </summary>
internal sealed class Traffic
{
    private static readonly (string Kind, int Weight)[] Mix =
    [
        ("intake", 16), ("dispatch", 8), ("sign", 7), ("contact", 6), ("reply", 5), ("close", 4), ("appeal list", 12),
        ("appeal detail", 12), ("knowledge search", 8), ("enterprise list", 5), ("rates: month", 4), ("rates: quarter", 2),
        ("page: rankings", 3), ("page: appeal list", 4), ("page: appeal detail", 4),
    ];

    private readonly string[] _urls;
    private readonly Dictionary<string, HttpClient[]> _clients;
    private readonly ConcurrentQueue<int> _received = new();
    private readonly ConcurrentQueue<int> _dispatched = new();
    private readonly ConcurrentQueue<int> _signed = new();
    private readonly ConcurrentQueue<int> _contacted = new();
    private readonly ConcurrentQueue<int> _replied = new();
    private readonly ConcurrentBag<int> _known = [];
    private long _sequence;

    // The current month and quarter in Beijing time (UTC+8), the periods the centre looks at most.
    private static readonly DateTime Beijing = DateTime.UtcNow.AddHours(8);
    private static readonly string Month = Beijing.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string Quarter = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Beijing.Year}Q{(Beijing.Month + 2) / 3}");

    private Traffic(string[] urls, Dictionary<string, HttpClient[]> clients)
    {
        _urls = urls;
        _clients = clients;
    }

    public static async Task<Traffic> SignInAsync(string[] urls)
    {
        var clients = new Dictionary<string, HttpClient[]>(StringComparer.Ordinal);
        foreach (var user in new[] { "operator", "handler.market", "supervisor" })
        {
            clients[user] = new HttpClient[urls.Length];
            for (var i = 0; i < urls.Length; i++)
            {
                var http = new HttpClient { BaseAddress = new Uri(urls[i]), Timeout = TimeSpan.FromSeconds(60) };
                var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = "Demo#2026" });
                token.EnsureSuccessStatusCode();
                var body = await token.Content.ReadFromJsonAsync<JsonElement>();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
                clients[user][i] = http;
            }
        }
        return new Traffic(urls, clients);
    }

    public async Task RunAsync(int worker, SoakOptions options, Stats stats, CancellationToken stop)
    {
        var random = new Random(worker);
        var pace = options.Rate > 0 ? TimeSpan.FromSeconds(options.Workers / options.Rate) : TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            var kind = Pick(random);
            var started = Stopwatch.GetTimestamp();
            var (ok, detail) = await SendAsync(kind, random, stop);
            if (stop.IsCancellationRequested) break;
            stats.Record(kind, Stopwatch.GetElapsedTime(started), ok, detail);
            sent++;
            if (pace > TimeSpan.Zero && pace * sent > clock.Elapsed)
                await Task.Delay(pace * sent - clock.Elapsed, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static string Pick(Random random)
    {
        var n = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if (n < weight) return kind;
            n -= weight;
        }
        return Mix[0].Kind;
    }

    private async Task<(bool Ok, string? Detail)> SendAsync(string kind, Random random, CancellationToken stop)
    {
        var instance = (int)(Interlocked.Increment(ref _sequence) % _urls.Length);
        HttpClient As(string user) => _clients[user][instance];
        var some = _known.IsEmpty ? 1 : _known.ElementAt(random.Next(Math.Min(_known.Count, 200)));
        try
        {
            using var response = kind switch
            {
                "intake" => await IntakeAsync(As("operator"), stop),
                "dispatch" when _received.TryDequeue(out var id) => await Step(As("operator"), id, "dispatch", new { department = "market" }, _dispatched, stop),
                "sign" when _dispatched.TryDequeue(out var id) => await Step(As("handler.market"), id, "sign", new { }, _signed, stop),
                "contact" when _signed.TryDequeue(out var id) =>
                    await Step(As("handler.market"), id, "contact", new { note = "已电话联系诉求人，约定明日现场核查。" }, _contacted, stop),
                "reply" when _contacted.TryDequeue(out var id) =>
                    await Step(As("handler.market"), id, "reply", new { content = "经现场核查，已责令商户整改，占道物品已清理。" }, _replied, stop),
                "close" when _replied.TryDequeue(out var id) => await Step(As("operator"), id, "close", new { note = "答复属实，同意办结。" }, null, stop),
                // A step with nothing waiting for it (the pipeline is still filling) reads the list instead.
                "dispatch" or "sign" or "contact" or "reply" or "close" or "appeal list" =>
                    await As("supervisor").GetAsync(new Uri("/api/v1/appeals?pageSize=50", UriKind.Relative), stop),
                "rates: month" => await As("supervisor").GetAsync(new Uri($"/api/v1/appeals/rates?period={Month}&groupBy=department", UriKind.Relative), stop),
                "rates: quarter" => await As("supervisor").GetAsync(new Uri($"/api/v1/appeals/rates?period={Quarter}&groupBy=county", UriKind.Relative), stop),
                "page: rankings" => await As("supervisor").GetAsync(new Uri("/Appeals/Rankings", UriKind.Relative), stop),
                "appeal detail" => await As("supervisor").GetAsync(new Uri($"/api/v1/appeals/{some}", UriKind.Relative), stop),
                "knowledge search" => await As("operator").GetAsync(new Uri("/api/v1/knowledge?q=营业执照", UriKind.Relative), stop),
                "enterprise list" => await As("supervisor").GetAsync(new Uri("/api/v1/enterprises?pageSize=20", UriKind.Relative), stop),
                "page: appeal list" => await As("handler.market").GetAsync(new Uri("/Appeals", UriKind.Relative), stop),
                _ => await As("supervisor").GetAsync(new Uri($"/Appeals/{some}", UriKind.Relative), stop),
            };
            if (kind == "intake" && response.IsSuccessStatusCode)
            {
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("id").GetInt32();
                _received.Enqueue(id);
                _known.Add(id);
            }
            return response.IsSuccessStatusCode ? (true, null) : (false, $"{kind}: {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // A request cut off by the end of the run is not an error; the caller drops it.
            return stop.IsCancellationRequested ? (true, null) : (false, $"{kind}: {e.GetType().Name} {e.Message}");
        }
    }

    private static async Task<HttpResponseMessage> IntakeAsync(HttpClient http, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appeals")
        {
            Content = JsonContent.Create(new
            {
                content = "小区门口商铺占道经营，噪音扰民，请相关部门处理。", type = "投诉", urgency = "一般", channel = "phone", county = "东城县",
                address = "东城县人民路 1 号", category = "市场监管", requester = new { name = "张三", phone = "13812345678" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await http.SendAsync(request, stop);
    }

    private static async Task<HttpResponseMessage> Step(HttpClient http, int id, string step, object body, ConcurrentQueue<int>? next, CancellationToken stop)
    {
        var response = await http.PostAsJsonAsync(new Uri($"/api/v1/appeals/{id}/{step}", UriKind.Relative), body, stop);
        if (response.IsSuccessStatusCode) next?.Enqueue(id);
        return response;
    }
}
