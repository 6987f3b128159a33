using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Demo;

/// <summary>
/// A year of demo appeals (<c>Seed:Appeals</c>, default 30,000) up to now, only into an empty table, after the
/// organisation and the SLA matrix. Saved in batches without automatic change detection to keep start-up short.
/// </summary>
internal sealed class DemoAppealsSeeder(
    IConfiguration configuration, TimeProvider clock, ILogger<DemoAppealsSeeder> logger) : ISeeder
{
    public const int DefaultCount = 30_000;
    public const int Seed = 12345;
    private const int Batch = 2000;

    public int Order => 25;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var count = configuration.GetValue("Seed:Appeals", DefaultCount);
        if (count <= 0 || await db.Appeals.IgnoreQueryFilters().AnyAsync(ct)) return;
        var counties = (await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(ct)).Select(r => new DemoUnit(r.Id, r.Code, r.Name)).ToList();
        var departments = (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(ct))
            .ToDictionary(d => d.Code, d => new DemoUnit(d.Id, d.Code, d.Name), StringComparer.Ordinal);
        if (counties.Count == 0 || DemoAppealTopics.All.Any(t => !departments.ContainsKey(t.Department))) return;

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var issued = await db.Counters.AsNoTracking().Where(c => c.Name.StartsWith("APL-")).ToDictionaryAsync(c => int.Parse(c.Name[4..],
            System.Globalization.CultureInfo.InvariantCulture), c => c.Value, ct);
        var factory = new DemoAppealFactory(Seed, counties, departments, await CalendarAsync(db, ct), clock.GetUtcNow(), issued);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in factory.Create(count).Chunk(Batch))
            {
                db.Appeals.AddRange(batch);
                await db.SaveChangesAsync(ct);
                factory.Saved(batch);
                db.ChangeTracker.Clear();
            }
            await SaveCountersAsync(db, factory.NumbersIssued, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        logger.LogInformation("Seeded {Count} demo appeals in {Elapsed:N0} ms", count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// The calendar as this transaction sees it: the calendar seeder's rows are not committed yet, so the app's cached
    /// calendar (read on another connection) would still be empty.
    /// </summary>
    internal static async Task<WorkCalendar> CalendarAsync(AppDbContext db, CancellationToken ct)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind, d.Name }).ToListAsync(ct);
        return new WorkCalendar(years, days.Where(d => years.Contains(d.Date.Year)).Select(d => new CalendarEntry(d.Date, d.Kind, d.Name)));
    }

    /// <summary>New appeals continue the demo's case numbers instead of colliding with them.</summary>
    private static async Task SaveCountersAsync(AppDbContext db, IReadOnlyDictionary<int, long> issued, CancellationToken ct)
    {
        foreach (var (year, value) in issued)
        {
            var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"APL-{year}");
            var counter = await db.Counters.FirstOrDefaultAsync(c => c.Name == name, ct);
            if (counter is null) db.Counters.Add(new Counter { Name = name, Value = value });
            else counter.Value = value;
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
