using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Platform;

public abstract class AuditChainTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Every_change_is_chained_and_a_direct_edit_in_the_database_breaks_the_chain()
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "audit-test", name = "审计测试局", region = "示范州" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var before = await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync();
        before.GetProperty("valid").GetBoolean().ShouldBeTrue();
        before.GetProperty("checked").GetInt64().ShouldBeGreaterThan(100);

        var target = await app.InDatabaseAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Department" && a.Action == "create" && a.After!.Contains("audit-test"))
            .Select(a => a.Id).SingleAsync());
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE platform_audit_log SET \"After\" = REPLACE(\"After\", '审计测试局', '篡改局') WHERE \"Id\" = {target}"));

        var after = await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync();
        after.GetProperty("valid").GetBoolean().ShouldBeFalse();
        after.GetProperty("firstBrokenId").GetInt64().ShouldBe(target);
    }

    [Fact]
    public async Task Audit_entries_name_who_changed_what()
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "who-test", name = "谁改的局", region = "东城县" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var page = await (await admin.GetAsync("/api/v1/audit?entityType=Department&actor=admin")).ShouldBeJsonAsync();
        page.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("after").GetString()!.Contains("谁改的局"));
    }
}

public sealed class AuditChainTests_Sqlite(SqliteAppFactory app) : AuditChainTests<SqliteAppFactory>(app);

public sealed class AuditChainTests_Postgres(PostgresAppFactory app) : AuditChainTests<PostgresAppFactory>(app);

/// <summary>Its own class (and database): a broken chain would spoil the other tests' verification.</summary>
public abstract class AuditGapTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Deleting_an_entry_is_detected_as_a_gap()
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "gap-test", name = "缺口测试局", region = "示范州" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "gap-test-2", name = "缺口测试二局", region = "示范州" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        // Verification seals what is pending first: from then on the entries have their place in the chain.
        (await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync()).GetProperty("valid").GetBoolean().ShouldBeTrue();
        var first = await app.InDatabaseAsync(db => db.AuditEntries.Where(a => a.EntityType == "Department" && a.After!.Contains("gap-test"))
            .MinAsync(a => a.Id));
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM platform_audit_log WHERE \"Id\" = {first}"));

        var result = await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync();
        result.GetProperty("valid").GetBoolean().ShouldBeFalse();
        result.GetProperty("reason").GetString()!.ShouldContain("缺失");
    }
}

public sealed class AuditGapTests_Sqlite(SqliteAppFactory app) : AuditGapTests<SqliteAppFactory>(app);

public sealed class AuditGapTests_Postgres(PostgresAppFactory app) : AuditGapTests<PostgresAppFactory>(app);
