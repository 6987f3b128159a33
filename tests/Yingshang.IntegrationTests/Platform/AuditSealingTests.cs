using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Audit;

namespace Yingshang.IntegrationTests.Platform;

/// <summary>
/// Changes write their audit entries unsealed; sealers chain them afterwards. Concurrent writers and concurrent sealers
/// (the job on every instance, a verification) must still produce one chain that covers every entry exactly once.
/// </summary>
public abstract class AuditSealingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Concurrent_changes_and_concurrent_sealers_give_one_gapless_chain_over_every_entry()
    {
        using var admin = await app.ClientForAsync("admin");
        var writes = Enumerable.Range(0, 24).Select(async i =>
            (await admin.PostAsJsonAsync("/api/v1/departments", new { code = $"seal-{i}", name = $"封链测试{i}局", region = "示范州" })).StatusCode);
        var sealers = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None);
        });
        var statuses = await Task.WhenAll(writes);
        await Task.WhenAll(sealers);
        statuses.ShouldAllBe(s => s == HttpStatusCode.Created);

        var result = await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync();
        result.GetProperty("valid").GetBoolean().ShouldBeTrue();
        // One statement, because the jobs keep writing: every sealed entry has its own place and the places have no gap.
        var chain = await app.InDatabaseAsync(db => db.AuditEntries.Where(a => a.Seq != null).GroupBy(a => 1)
            .Select(g => new { Count = g.LongCount(), Max = g.Max(a => a.Seq) }).SingleAsync());
        chain.Max.ShouldBe(chain.Count);
        result.GetProperty("checked").GetInt64().ShouldBeLessThanOrEqualTo(chain.Count);
        var mine = await app.InDatabaseAsync(db => db.AuditEntries.Where(a => a.EntityType == "Department" && a.After!.Contains("封链测试"))
            .Select(a => a.Seq).ToListAsync());
        mine.Count.ShouldBe(24);
        mine.ShouldAllBe(seq => seq != null);
    }

    [Fact]
    public async Task A_change_is_written_unsealed_and_the_sealer_chains_it()
    {
        using var admin = await app.ClientForAsync("admin");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None);
        (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "seal-late", name = "稍后封链局", region = "示范州" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var entry = await app.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == "Department" && a.Action == "create" && a.After!.Contains("稍后封链局")));

        await using (var scope = app.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(entry.IsSealed ? 0 : 1);
        var sealedEntry = await app.InDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == entry.Id));
        sealedEntry.Seq.ShouldNotBeNull();
        sealedEntry.Hash.ShouldMatch("^[0-9a-f]{64}$");
        var previous = await app.InDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Seq == sealedEntry.Seq - 1));
        sealedEntry.PreviousHash.ShouldBe(previous.Hash);
    }
}

public sealed class AuditSealingTests_Sqlite(SqliteAppFactory app) : AuditSealingTests<SqliteAppFactory>(app);

public sealed class AuditSealingTests_Postgres(PostgresAppFactory app) : AuditSealingTests<PostgresAppFactory>(app);
