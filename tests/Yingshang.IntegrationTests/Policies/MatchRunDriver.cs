using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Policies.MatchRuns;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>Starts match runs over HTTP and drives the background job by hand (the test clock does not tick by itself).</summary>
internal static class MatchRunDriver
{
    public const string Runs = "/api/v1/policies/match-runs";

    public static async Task<int> StartAsync(AppFactory app, string asOf)
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        var response = await supervisor.PostAsJsonAsync(Runs, new { asOf });
        var body = await response.ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var id = body.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"{Runs}/{id}");
        return id;
    }

    public static async Task RunJobOnceAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MatchRunJob>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>Runs the job until the run has finished; another instance (or the host's own timer) may be the one that finishes it.</summary>
    public static async Task<JsonElement> FinishAsync(AppFactory app, int id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await RunJobOnceAsync(app);
            var status = await app.InDatabaseAsync(db => db.Set<MatchRun>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
            if (status is MatchRunStatus.Completed or MatchRunStatus.Failed) return await GetAsync(app, id);
            await Task.Delay(100);
        }
        throw new TimeoutException($"match run {id} did not finish");
    }

    public static async Task<JsonElement> RunAsync(AppFactory app, string asOf)
    {
        var run = await FinishAsync(app, await StartAsync(app, asOf));
        run.GetProperty("status").GetString().ShouldBe("completed", run.ToString());
        return run;
    }

    public static async Task<JsonElement> GetAsync(AppFactory app, int id)
    {
        using var staff = await app.ClientForAsync("operator");
        return await (await staff.GetAsync($"{Runs}/{id}")).ShouldBeJsonAsync();
    }

    public static async Task<JsonElement> GetAsync(AppFactory app, string path, string user = "operator")
    {
        using var client = await app.ClientForAsync(user);
        return await (await client.GetAsync(path)).ShouldBeJsonAsync();
    }

    /// <summary>Every result of one benefit and outcome: USCC → amount.</summary>
    public static async Task<Dictionary<string, decimal?>> ResultsAsync(AppFactory app, int id, string benefit, string outcome)
    {
        var page = await GetAsync(app, $"{Runs}/{id}/results?benefit={benefit}&outcome={outcome}&pageSize=500");
        return page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("uscc").GetString()!,
            i => i.GetProperty("amount").ValueKind == JsonValueKind.Null ? (decimal?)null : i.GetProperty("amount").GetDecimal());
    }
}
