using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// Keeps the roll-up in step with every tracked change of an appeal: before the save it computes
/// <c>Of(current) − Of(original)</c> per appeal and +1/−1 per added/removed step, and adds the non-zero sums as
/// <c>appeals_rate_delta</c> rows to the same save. Insert-only: no request updates a shared row.
/// </summary>
internal sealed class RateDeltaWriter : ISaveParticipant
{
    public void Prepare(AppDbContext db)
    {
        var sums = new Dictionary<RateKey, RateVector>();
        var postgres = db.Database.IsNpgsql();
        foreach (var entry in db.ChangeTracker.Entries<Appeal>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted) Add(sums, RateContribution.Of(Facts(entry, original: true, postgres)), -1);
            if (entry.State is EntityState.Added or EntityState.Modified) Add(sums, RateContribution.Of(Facts(entry, original: false, postgres)), +1);
            var region = entry.State == EntityState.Deleted ? entry.OriginalValues.GetValue<int>(nameof(Appeal.RegionId)) : entry.Entity.RegionId;
            foreach (var step in entry.Entity.Events)
            {
                var sign = db.Entry(step).State switch { EntityState.Added => +1, EntityState.Deleted => -1, _ => 0 };
                if (sign != 0 && RateContribution.OfStep(step.Action, Stored(step.At, postgres), step.DepartmentId, region) is { } c)
                    Add(sums, [c], sign);
            }
        }
        foreach (var (key, counts) in sums)
            if (!counts.IsZero) db.Set<RateDeltaRow>().Add(new RateDeltaRow(key, counts));
    }

    private static void Add(Dictionary<RateKey, RateVector> sums, IEnumerable<(RateKey Key, RateVector Counts)> parts, int sign)
    {
        foreach (var (key, counts) in parts)
        {
            var current = sums.GetValueOrDefault(key) ?? RateVector.Zero;
            sums[key] = sign > 0 ? current + counts : current - counts;
        }
    }

    private static AppealRateFacts Facts(EntityEntry<Appeal> e, bool original, bool postgres)
    {
        // By name, not by lambda: an expression tree per property per save was a measurable share of an intake.
        var values = original ? e.OriginalValues : e.CurrentValues;
        T Value<T>(string property) => values.GetValue<T>(property);
        DateTime? Instant(string property) => Value<DateTime?>(property) is { } t ? Stored(t, postgres) : null;
        return new AppealRateFacts(Value<AppealStatus>(nameof(Appeal.Status)), Value<int>(nameof(Appeal.RegionId)),
            Value<int?>(nameof(Appeal.LeadDepartmentId)), Stored(Value<DateTime>(nameof(Appeal.ReceivedAt)), postgres),
            Instant(nameof(Appeal.FirstDispatchedAt)), Instant(nameof(Appeal.SignedAt)), Instant(nameof(Appeal.SignDueAt)),
            Instant(nameof(Appeal.ContactedAt)), Instant(nameof(Appeal.ContactDueAt)), Instant(nameof(Appeal.RepliedAt)),
            Instant(nameof(Appeal.CloseDueAt)), Value<bool?>(nameof(Appeal.VisitResolved)), Value<int?>(nameof(Appeal.Satisfaction)),
            Value<int>(nameof(Appeal.ReopenCount)));
    }

    /// <summary>
    /// The instant as the database will hold it: PostgreSQL keeps microseconds, so a comparison of two instants
    /// (signed ≤ due) must be made on the truncated values, the ones the next load and the rebuild see.
    /// </summary>
    private static DateTime Stored(DateTime t, bool postgres) =>
        postgres ? new DateTime(t.Ticks - t.Ticks % 10, t.Kind) : t;
}
