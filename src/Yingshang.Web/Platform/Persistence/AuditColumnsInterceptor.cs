using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Persistence;

internal sealed class AuditColumnsInterceptor(TimeProvider clock, ICurrentUser user) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
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
