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
    public void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IAuditable audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy = user.Name;
                }
                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    audited.UpdatedAt = now;
                    audited.UpdatedBy = user.Name;
                }
            }
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                entry.Property(nameof(IVersioned.Version)).OriginalValue = versioned.Version;
                versioned.Version++;
            }
        }
    }
}
