using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// Writes one <see cref="AuditEntry"/> (chained later by <see cref="AuditSealer"/>) per changed entity (and per explicit <see cref="Record"/>)
/// in the same transaction as the change. Scoped: one per request or job.
/// </summary>
public sealed class AuditTrail(TimeProvider clock, ICurrentUser user)
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
        { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Xml", "KeyHash" };

    private readonly List<(string Action, string Type, string Key, string? Detail)> _explicit = [];

    /// <summary>Records a domain event that changes no row by itself (a reveal of a phone number, an export).</summary>
    public void Record(string action, string entityType, string entityKey, string? detail = null) =>
        _explicit.Add((action, entityType, entityKey, detail));

    internal async Task<int> SaveWithTrailAsync(AppDbContext db, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .Select(e => new Pending(e, e.State, e.State == EntityState.Added ? null : Key(e),
                e.Properties.Where(p => e.State != EntityState.Modified || p.IsModified).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal)))
            .Select(p => p with { Before = p.State == EntityState.Added ? null : Summarize(p.Entry, p.Names, original: true) })
            .ToList();
        if (pending.Count == 0 && _explicit.Count == 0) return await save(ct);

        // Entries go in unsealed, in the change's own transaction; AuditSealer chains them afterwards, so intakes and
        // transitions on every instance no longer queue behind one chain lock.
        var owned = db.Database.CurrentTransaction is null;
        await using var tx = owned ? await db.Database.BeginTransactionAsync(ct) : null;
        using var noSavepoints = owned ? Savepoints.Suspended(db) : null;
        var written = await save(ct);
        // A caller's own transaction may still have EF's savepoints on, whose failed release EF swallows.
        TransactionHealth.EnsureAlive(db.Database);
        var at = Truncate(clock.GetUtcNow().UtcDateTime);
        foreach (var p in pending)
        {
            var action = p.State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" };
            var after = p.State == EntityState.Deleted ? null : Summarize(p.Entry, p.Names, original: false);
            if (p.State == EntityState.Modified && after == p.Before) continue;
            Append(db, at, action, p.Entry.Metadata.ClrType.Name, p.Key ?? Key(p.Entry), p.Before, after);
        }
        foreach (var (action, type, key, detail) in _explicit)
            Append(db, at, action, type, key, null, detail);
        _explicit.Clear();
        await save(ct);
        TransactionHealth.EnsureAlive(db.Database);
        if (tx is not null) await tx.CommitAsync(ct);
        return written;
    }

    private void Append(AppDbContext db, DateTime at, string action, string type, string key, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at, Actor = user.Name, Action = action, EntityType = type, EntityKey = key, Before = before, After = after,
        });

    // Stored instants keep millisecond precision on both providers, so the hash survives a round trip.
    private static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private static string Key(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private sealed record Pending(EntityEntry Entry, EntityState State, string? Key, HashSet<string> Names)
    {
        public string? Before { get; init; }
    }

    private static string Summarize(EntityEntry entry, HashSet<string> names, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
        {
            if (!names.Contains(p.Metadata.Name)) continue;
            var value = original ? p.OriginalValue : p.CurrentValue;
            values[p.Metadata.Name] = Secret.Contains(p.Metadata.Name) && value is not null ? "***" : value;
        }
        return JsonSerializer.Serialize(values, SummaryJson);
    }

    private static readonly JsonSerializerOptions SummaryJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
