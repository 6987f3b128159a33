using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Intake;

/// <summary>
/// The county of an intake by code or name. Regions are reference data read on every intake, so the known ones are kept
/// for a minute; a name not in the cache is looked up in the database, so a county added a moment ago is found at once.
/// </summary>
public sealed class CountyLookup(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _snapshot;

    public async Task<int?> FindAsync(AppDbContext db, string county, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt > Keep)
        {
            var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(ct);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            // Codes win over names, as in the query below (a code is unique, a name need not be).
            foreach (var r in regions) ids.TryAdd(r.Name, r.Id);
            foreach (var r in regions) ids[r.Code] = r.Id;
            _snapshot = snapshot = new Snapshot(clock.GetUtcNow(), ids);
        }
        var code = county.ToUpperInvariant();
        if (snapshot.Ids.TryGetValue(code, out var id) || snapshot.Ids.TryGetValue(county, out id)) return id;
        return await db.Regions.Where(x => x.Code == code || x.Name == county).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
    }

    private sealed record Snapshot(DateTimeOffset LoadedAt, Dictionary<string, int> Ids);
}
