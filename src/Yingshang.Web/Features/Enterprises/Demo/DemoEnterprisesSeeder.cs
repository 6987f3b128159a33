using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Demo;

/// <summary>Demo register: <c>Seed:Enterprises</c> (default 2,000) market entities of 示范州, only into an empty table.</summary>
internal sealed class DemoEnterprisesSeeder(IConfiguration configuration) : ISeeder
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
        var factory = new DemoEnterpriseFactory(counties.Select(c => (c.Id, c.Name)).ToList());
        db.Enterprises.AddRange(factory.Create(count).Select(Enterprise.Register));
        await db.SaveChangesAsync(ct);
    }
}
