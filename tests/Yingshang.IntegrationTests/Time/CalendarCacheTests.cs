using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Time;

namespace Yingshang.IntegrationTests.Time;

/// <summary>
/// The cached calendar (Platform/Time/WorkCalendarProvider.cs): a read that finds no published year — what a seeder sees
/// on another connection while the first start's seeding transaction is still open — must not be kept.
/// Alone in its class: it empties the calendar tables for a moment.
/// </summary>
public abstract class CalendarCacheTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task An_empty_calendar_is_not_kept_so_years_that_appear_afterwards_count_at_once()
    {
        var provider = app.Services.GetRequiredService<WorkCalendarProvider>();
        await app.InDatabaseAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE keep_calendar_year AS SELECT * FROM platform_calendar_year");
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE keep_calendar_day AS SELECT * FROM platform_calendar_day");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_calendar_day");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_calendar_year");
        });
        provider.Invalidate();
        (await provider.GetAsync(CancellationToken.None)).Years.ShouldBeEmpty();

        await app.InDatabaseAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO platform_calendar_year SELECT * FROM keep_calendar_year");
            await db.Database.ExecuteSqlRawAsync("INSERT INTO platform_calendar_day SELECT * FROM keep_calendar_day");
        });
        // No invalidation and no time passes: only a calendar that was never kept is read again.
        (await provider.GetAsync(CancellationToken.None)).Years.ShouldContain(2026);
    }
}

public sealed class CalendarCacheTests_Sqlite(SqliteAppFactory app) : CalendarCacheTests<SqliteAppFactory>(app);

public sealed class CalendarCacheTests_Postgres(PostgresAppFactory app) : CalendarCacheTests<PostgresAppFactory>(app);
