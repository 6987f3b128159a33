using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Features.Policies.MatchRuns;
using static Yingshang.IntegrationTests.Policies.MatchRunDriver;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>Two app instances on one PostgreSQL database both running the match-run job at the same moment.</summary>
public sealed class MatchRunInstancesTests : IAsyncLifetime
{
    private readonly PostgresAppFactory _first = new();
    private PostgresAppFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new PostgresAppFactory(_first.Database, ownsDatabase: false);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_run_is_executed_exactly_once_and_a_rerun_opens_no_second_case()
    {
        var id = await StartAsync(_first, "2026-11-27");
        await Task.WhenAll(new[] { _first, _second, _first, _second }.Select(app => Task.Run(() => RunJobOnceAsync(app))));
        var run = await FinishAsync(_second, id);
        run.GetProperty("status").GetString().ShouldBe("completed", run.ToString());
        var stored = run.GetProperty("benefits").EnumerateArray().Sum(b => b.GetProperty("eligible").GetInt32() + b.GetProperty("undetermined").GetInt32());
        var (results, enterprises, grants, distinct, messages) = await _first.InDatabaseAsync(async db => (
            await db.Set<MatchRunResult>().CountAsync(r => r.RunId == id), await db.Set<MatchRunEnterprise>().CountAsync(e => e.RunId == id),
            await db.Set<Grant>().CountAsync(), await db.Set<Grant>().Select(g => new { g.BenefitCode, g.Uscc }).Distinct().CountAsync(),
            await db.Outbox.CountAsync(m => m.RelatedType == "PolicyGrant")));
        results.ShouldBe(stored);
        enterprises.ShouldBe(60);
        grants.ShouldBe(run.GetProperty("grantsCreated").GetInt32());
        grants.ShouldBeGreaterThan(0);
        distinct.ShouldBe(grants);
        messages.ShouldBe(grants);

        var again = await StartAsync(_second, "2026-11-27");
        await Task.WhenAll(new[] { _first, _second }.Select(app => Task.Run(() => RunJobOnceAsync(app))));
        var rerun = await FinishAsync(_first, again);
        rerun.GetProperty("grantsCreated").GetInt32().ShouldBe(0);
        rerun.GetProperty("fingerprint").GetString().ShouldBe(run.GetProperty("fingerprint").GetString());
        (await _first.InDatabaseAsync(db => db.Set<Grant>().CountAsync())).ShouldBe(grants);
    }
}
