using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Platform;

/// <summary>Two app instances on one PostgreSQL database, started at the same moment on an empty database.</summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private readonly PostgresAppFactory _first = new();
    private PostgresAppFactory _second = null!;

    public async Task InitializeAsync()
    {
        _second = new PostgresAppFactory(_first.Database, ownsDatabase: false);
        await Task.WhenAll(Task.Run(_first.InitializeAsync), Task.Run(_second.InitializeAsync));
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Instances_starting_together_migrate_and_seed_once()
    {
        var (regions, users, roles) = await _first.InDatabaseAsync(async db =>
            (await db.Regions.CountAsync(), await db.Users.CountAsync(u => !u.UserName!.StartsWith("qiye.")), await db.Roles.CountAsync()));
        regions.ShouldBe(9);
        roles.ShouldBe(9); // the eight of DESIGN.md and 企业用户
        users.ShouldBe(8);  // staff demo users; the demo enterprise users depend on the register
    }

    [Fact]
    public async Task A_token_issued_by_one_instance_is_accepted_by_the_other()
    {
        using var viaFirst = await _first.ClientForAsync("supervisor");
        using var second = _second.CreateClient();
        second.DefaultRequestHeaders.Authorization = viaFirst.DefaultRequestHeaders.Authorization;
        (await second.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Both_instances_append_to_one_unbroken_audit_chain()
    {
        using var a = await _first.ClientForAsync("admin");
        using var b = await _second.ClientForAsync("admin");
        var writes = Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b)
            .PostAsJsonAsync("/api/v1/departments", new { code = $"multi-{i}", name = $"多实例测试{i}局", region = "示范州" }));
        (await Task.WhenAll(writes)).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        // Both instances seal at once (each verification seals what is pending first, and the jobs run too).
        var verifications = await Task.WhenAll(a.GetAsync("/api/v1/audit/verify"), b.GetAsync("/api/v1/audit/verify"));
        foreach (var response in verifications)
        {
            var result = await response.ShouldBeJsonAsync();
            result.GetProperty("valid").GetBoolean().ShouldBeTrue(result.ToString());
        }
        var chain = await _first.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Seq != null).GroupBy(e => 1)
            .Select(g => new { Count = g.LongCount(), Max = g.Max(e => e.Seq) }).SingleAsync());
        chain.Max.ShouldBe(chain.Count);
        (await _first.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.After!.Contains("多实例测试") && e.Seq == null))).ShouldBe(0);
    }
}
