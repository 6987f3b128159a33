using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// The entity types the audit log holds, for the filter of its page. A DISTINCT over the whole log reads every entry's
/// index row, so the list is read once per <see cref="Lifetime"/> per instance; a type first audited since shows later,
/// and can be typed into the filter meanwhile.
/// </summary>
public sealed class AuditEntityTypes(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // One reference to an immutable snapshot: requests read and replace it concurrently without a lock.
    private volatile Snapshot? _cached;

    public async Task<IReadOnlyList<string>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cached is { } c && now - c.ReadAt < Lifetime) return c.Types;
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        _cached = new Snapshot(types, now);
        return types;
    }

    private sealed record Snapshot(IReadOnlyList<string> Types, DateTimeOffset ReadAt);
}
