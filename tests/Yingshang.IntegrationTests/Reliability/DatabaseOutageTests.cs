using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Notifications;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL stops (immediate shutdown) in the middle of a load of appeal submissions and comes back: the app says so,
/// fails fast with 503, recovers by itself, loses nothing it answered 201 for, and retries with the same key make
/// exactly one appeal each. Runs on a cluster of its own — the shared server is never stopped.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const int Workers = 4;
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(60);

    [PostgresBinariesFact]
    public async Task An_outage_fails_fast_with_503_loses_no_acknowledged_appeal_and_the_app_recovers_by_itself()
    {
        using var cluster = ThrowawayPostgres.Create();
        await using var app = new ClusterApp(cluster.ConnectionString("ys_fault"));
        await app.InitializeAsync();
        using var op = await app.ClientForAsync("operator");
        op.Timeout = ClientTimeout;
        var before = await app.EnqueueAsync("before-outage", 3);
        var outcomes = new ConcurrentDictionary<string, HttpStatusCode>();

        var stopAfter = new TaskCompletionSource();
        var load = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++)
            {
                if (w == 0 && i == 6) stopAfter.TrySetResult();
                outcomes[$"w{w}-{i}"] = await SubmitAsync(op, $"w{w}-{i}");
            }
        })).ToList();
        await stopAfter.Task;
        cluster.StopImmediately();
        await Task.WhenAll(load);

        outcomes.Values.ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.ServiceUnavailable,
            string.Join(", ", outcomes.Where(o => o.Value is not (HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable))
                .Select(o => $"{o.Key} answered {(int)o.Value}")));
        using var anonymous = app.CreateClient();
        anonymous.Timeout = ClientTimeout;
        (await anonymous.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        for (var i = 0; i < 4; i++)
        {
            var key = $"outage-{i}";
            outcomes[key] = await SubmitAsync(op, key);
            outcomes[key].ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        await Should.ThrowAsync<Exception>(() => app.DeliverAsync());

        cluster.Start();
        (await EventuallyHealthyAsync(anonymous)).ShouldBeTrue("the app did not report healthy within 60 s of PostgreSQL's restart");
        var acknowledged = outcomes.Where(o => o.Value == HttpStatusCode.Created).Select(o => o.Key).ToList();
        foreach (var key in outcomes.Keys.Except(acknowledged))
            (await RetryUntilCreatedAsync(op, key)).ShouldBeTrue($"retrying {key} after recovery never got 201");

        var stored = await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.IdempotencyKey != null)
            .GroupBy(a => a.IdempotencyKey!).Select(g => new { Key = g.Key, Count = g.Count() }).ToListAsync());
        stored.Where(s => acknowledged.Contains(s.Key)).Count().ShouldBe(acknowledged.Count, "an appeal answered 201 is missing");
        stored.Select(s => s.Key).Order().ShouldBe(outcomes.Keys.Order());
        stored.ShouldAllBe(s => s.Count == 1);
        acknowledged.Count.ShouldBeGreaterThan(0);
        outcomes.Count.ShouldBeGreaterThan(acknowledged.Count);

        var after = await app.EnqueueAsync("after-outage", 2);
        for (var i = 0; i < 3; i++) await app.DeliverAsync();
        foreach (var id in before.Concat(after)) app.Sender.CountOf(id).ShouldBe(1, $"outbox message {id}");
    }

    private static async Task<HttpStatusCode> SubmitAsync(HttpClient client, string key)
    {
        using var response = await AppealApi.PostAsync(client, AppealApi.Body(content: $"停电期间的诉求 {key}"), key);
        return response.StatusCode;
    }

    private static async Task<bool> RetryUntilCreatedAsync(HttpClient client, string key)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if (await SubmitAsync(client, key) == HttpStatusCode.Created) return true;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        return false;
    }

    private static async Task<bool> EventuallyHealthyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if ((await client.GetAsync("/health")).IsSuccessStatusCode) return true;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        return false;
    }
}
