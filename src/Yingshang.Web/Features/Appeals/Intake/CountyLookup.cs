using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Intake;

/// <summary>
/// The county of an intake by code or name, a county's name by id, and which regions are the prefecture. Regions are
/// reference data read on every intake and every appeal shown, so the known ones are kept for a minute; one not in the
/// cache is looked up in the database, so a county added a moment ago is found at once (a renamed one shows its new name
/// within the minute).
/// </summary>
public sealed class CountyLookup(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _snapshot;

    public async Task<int?> FindAsync(AppDbContext db, string county, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(db, ct);
        var code = county.ToUpperInvariant();
        if (snapshot.Ids.TryGetValue(code, out var id) || snapshot.Ids.TryGetValue(county, out id)) return id;
        return await db.Regions.Where(x => x.Code == code || x.Name == county).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The regions without a parent: the prefecture itself, whose departments serve every county.</summary>
    public async Task<IReadOnlySet<int>> PrefecturesAsync(AppDbContext db, CancellationToken ct) => (await SnapshotAsync(db, ct)).Prefectures;

    public async Task<string> NameAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await SnapshotAsync(db, ct)).Names.TryGetValue(id, out var name) ? name
            : await db.Regions.Where(r => r.Id == id).Select(r => r.Name).FirstAsync(ct);

    private async Task<Snapshot> SnapshotAsync(AppDbContext db, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt <= Keep) return snapshot;
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code, r.Name, r.ParentId }).ToListAsync(ct);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        // Codes win over names, as in the query above (a code is unique, a name need not be).
        foreach (var r in regions) ids.TryAdd(r.Name, r.Id);
        foreach (var r in regions) ids[r.Code] = r.Id;
        return _snapshot = new Snapshot(clock.GetUtcNow(), ids, regions.ToDictionary(r => r.Id, r => r.Name),
            regions.Where(r => r.ParentId is null).Select(r => r.Id).ToHashSet());
    }

    private sealed record Snapshot(DateTimeOffset LoadedAt, Dictionary<string, int> Ids, Dictionary<int, string> Names, HashSet<int> Prefectures);
}
