using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Platform;

public abstract class DatabaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Migrations_bring_an_empty_database_to_the_current_model()
    {
        var (applied, all, pending) = await app.InDatabaseAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList(), db.Database.HasPendingModelChanges()));
        all.ShouldNotBeEmpty();
        applied.ShouldBe(all);
        pending.ShouldBeFalse("the model has changes without a migration: run scripts/add-migration");
    }

    [Fact]
    public async Task A_stale_update_is_refused_instead_of_overwriting_the_newer_one()
    {
        var id = await app.InDatabaseAsync(db => db.Departments.Where(d => d.Code == "tax").Select(d => d.Id).SingleAsync());
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var a = await db1.Departments.SingleAsync(d => d.Id == id);
        var b = await db2.Departments.SingleAsync(d => d.Id == id);

        a.Rename("州税务局（甲）");
        await db1.SaveChangesAsync();
        b.Rename("州税务局（乙）");
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        (await app.InDatabaseAsync(db => db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync())).ShouldBe("州税务局（甲）");
    }

    [Fact]
    public async Task Audit_columns_record_the_clock_and_the_actor()
    {
        await app.InDatabaseAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Code == "SFZ");
            region.CreatedAt.ShouldBe(app.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1));
            region.CreatedBy.ShouldBe("system");
        });
    }

    [Fact]
    public async Task Case_numbers_are_unique_under_concurrency()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CaseNumbers>().NextAsync("TST", CancellationToken.None);
        }));
        numbers.Distinct().Count().ShouldBe(20);
        numbers.ShouldContain("SFZ-TST-2026-000001");
        numbers.ShouldContain("SFZ-TST-2026-000020");
    }

    [Fact]
    public async Task Demo_organisation_has_the_prefecture_eight_counties_and_their_departments()
    {
        await app.InDatabaseAsync(async db =>
        {
            (await db.Regions.CountAsync(r => r.Level == RegionLevel.County)).ShouldBe(8);
            (await db.Departments.CountAsync()).ShouldBeGreaterThanOrEqualTo(28 * 9);
            (await db.Departments.SingleAsync(d => d.Code == "dcx.market")).Name.ShouldBe("东城县市场监督管理局");
            (await db.Departments.SingleAsync(d => d.Code == "ytx.power")).Name.ShouldBe("国网云台县供电公司");
            (await db.Departments.SingleAsync(d => d.Code == "sfs.court")).Name.ShouldBe("示范市人民法院");
        });
    }
}

public sealed class DatabaseTests_Sqlite(SqliteAppFactory app) : DatabaseTests<SqliteAppFactory>(app);

public sealed class DatabaseTests_Postgres(PostgresAppFactory app) : DatabaseTests<PostgresAppFactory>(app);
