using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// Writes one <see cref="AuditEntry"/> (chained later by <see cref="AuditSealer"/>) per changed entity (and per explicit <see cref="Record"/>)
/// in the same transaction as the change; <see cref="AppDbContext"/> decides when. Scoped: one per request or job.
/// </summary>
public sealed class AuditTrail(TimeProvider clock, ICurrentUser user)
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
        { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Xml", "KeyHash" };

    private readonly List<(string Action, string Type, string Key, string? Detail)> _explicit = [];

    /// <summary>Records a domain event that changes no row by itself (a reveal of a phone number, an export).</summary>
    public void Record(string action, string entityType, string entityKey, string? detail = null) =>
        _explicit.Add((action, entityType, entityKey, detail));

    /// <summary>
    /// Notes what the tracked changes are before a save (the modified properties and their values before), for
    /// <see cref="Changes.Append"/> to write the entries with the values after.
    /// </summary>
    internal Changes Capture(AppDbContext db) =>
        new(this, db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or IDerivedRow))
            .Select(e => new Pending(e, e.State, e.State == EntityState.Added ? null : Key(e),
                e.Properties.Where(p => e.State != EntityState.Modified || p.IsModified).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal)))
            .Select(p => p with { Before = p.State == EntityState.Added ? null : Summarize(p.Entry, p.Names, original: true) })
            .ToList());

    internal sealed class Changes(AuditTrail trail, List<Pending> pending)
    {
        public bool IsEmpty => pending.Count == 0 && trail._explicit.Count == 0;

        /// <summary>
        /// Every added row already has its key (from a sequence or the client), so its entry can name it before the
        /// save and go in the same batch; a key the database assigns on insert is known only after.
        /// </summary>
        public bool KeysKnown => pending.All(p => AppDbContext.HasKey(p.Entry));

        /// <summary>Adds one entry per change (with its values now) and per explicit record to the context.</summary>
        public void Append(AppDbContext db)
        {
            var at = trail.Now();
            foreach (var p in pending)
            {
                var action = p.State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" };
                var after = p.State == EntityState.Deleted ? null : Summarize(p.Entry, p.Names, original: false);
                if (p.State == EntityState.Modified && after == p.Before) continue;
                trail.Add(db, at, action, p.Entry.Metadata.ClrType.Name, p.Key ?? Key(p.Entry), p.Before, after);
            }
            foreach (var (action, type, key, detail) in trail._explicit)
                trail.Add(db, at, action, type, key, null, detail);
            trail._explicit.Clear();
        }
    }

    private void Add(AppDbContext db, DateTime at, string action, string type, string key, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at, Actor = user.Name, Action = action, EntityType = type, EntityKey = key, Before = before, After = after,
        });

    private DateTime Now() => Truncate(clock.GetUtcNow().UtcDateTime);

    // Stored instants keep millisecond precision on both providers, so the hash survives a round trip.
    private static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private static string Key(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    internal sealed record Pending(EntityEntry Entry, EntityState State, string? Key, HashSet<string> Names)
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
            values[p.Metadata.Name] = value is null ? null
                : Secret.Contains(p.Metadata.Name) ? "***"
                : Masked(p.Metadata) ? Notifications.MessageText.Mask(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))
                : value;
        }
        return JsonSerializer.Serialize(values, SummaryJson);
    }

    private static bool Masked(Microsoft.EntityFrameworkCore.Metadata.IProperty property) =>
        property.PropertyInfo is { } info && MaskedProperties.GetOrAdd(info, i => i.IsDefined(typeof(MaskedInAuditAttribute), inherit: true));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.PropertyInfo, bool> MaskedProperties = new();

    private static readonly JsonSerializerOptions SummaryJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
