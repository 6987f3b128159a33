using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Demo;

/// <summary>Demo register: <c>Seed:Enterprises</c> (default 2,000) market entities of 示范州, only into an empty table.</summary>
internal sealed class DemoEnterprisesSeeder(IConfiguration configuration, ILogger<DemoEnterprisesSeeder> logger) : ISeeder
{
    public const int DefaultCount = 2000;

    public int Order => 20;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var count = configuration.GetValue("Seed:Enterprises", DefaultCount);
        if (count <= 0 || await db.Enterprises.AnyAsync(ct)) return;
        var counties = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        if (counties.Count == 0) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var factory = new DemoEnterpriseFactory(counties.Select(c => (c.Id, c.Name)).ToList());
        var enterprises = factory.Create(count).Select(Enterprise.Register).ToList();
        var generated = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        db.Enterprises.AddRange(enterprises);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo enterprises in {Elapsed:N0} ms (generation {Generated:N0} ms)", count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, generated.TotalMilliseconds);
    }
}
