using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// Fills <see cref="IAuditable"/>'s columns from the clock and the current user, and moves <see cref="IVersioned"/>'s
/// version on. Called by <see cref="AppDbContext"/> once per save, before the audit entries are written, so that an
/// entry added in the same batch as its row already shows them.
/// </summary>
public sealed class AuditColumns(TimeProvider clock, ICurrentUser user)
{
    /// <remarks>Written through the entries, not the entities: the save has detected its changes already.</remarks>
    public void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IAuditable && entry.State is EntityState.Added or EntityState.Modified)
            {
                if (entry.State == EntityState.Added)
                {
                    entry.Property(nameof(IAuditable.CreatedAt)).CurrentValue = now;
                    entry.Property(nameof(IAuditable.CreatedBy)).CurrentValue = user.Name;
                }
                entry.Property(nameof(IAuditable.UpdatedAt)).CurrentValue = now;
                entry.Property(nameof(IAuditable.UpdatedBy)).CurrentValue = user.Name;
            }
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.OriginalValue = versioned.Version;
                version.CurrentValue = versioned.Version + 1;
            }
        }
    }
}
