using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Yingshang.Web.Platform.Jobs;

/// <summary>A row that instances take turns on: whoever holds an unexpired lease owns it.</summary>
public interface ILeased
{
    int Id { get; }
    string? LeaseHolder { get; }
    DateTime? LeaseUntil { get; }
}

/// <summary>One claim: a unique holder token and when its lease ends (an instant on the app's clock).</summary>
public sealed record Lease(string Token, DateTime Now, DateTime Until);

public static class LeaseClaims
{
    public static Lease NewLease(this JobInstance instance, TimeProvider clock, TimeSpan duration)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Lease(instance.NextToken(), now, now + duration);
    }

    /// <summary>
    /// Claims up to <paramref name="batch"/> rows of <paramref name="ready"/> whose lease is free or expired, in id order,
    /// with one conditional UPDATE (the same statement on SQLite and PostgreSQL, where <see cref="SkipLockedClaims"/> adds
    /// SKIP LOCKED to its candidates). On PostgreSQL a competing instance passes over rows another is claiming or
    /// recording instead of waiting, and re-checks the condition on rows claimed since its snapshot, skipping them:
    /// every row goes to exactly one claimer. Returns the number claimed; read them with <see cref="HeldBy{T}"/>.
    /// </summary>
    public static Task<int> ClaimAsync<T>(this IQueryable<T> ready, int batch, Lease lease,
        Action<UpdateSettersBuilder<T>>? alsoSet, CancellationToken ct) where T : class, ILeased
    {
        var free = ready.Where(FreeAt<T>(lease.Now));
        var candidates = free.OrderBy(x => EF.Property<int>(x, nameof(ILeased.Id))).Select(x => EF.Property<int>(x, nameof(ILeased.Id))).Take(batch);
        return free.Where(x => candidates.Contains(EF.Property<int>(x, nameof(ILeased.Id)))).ExecuteUpdateAsync(s =>
        {
            // First, so that SkipLockedClaims knows the statement.
            s.SetProperty(x => EF.Property<string?>(x, nameof(ILeased.LeaseHolder)), lease.Token);
            s.SetProperty(x => EF.Property<DateTime?>(x, nameof(ILeased.LeaseUntil)), lease.Until);
            alsoSet?.Invoke(s);
        }, ct);
    }

    /// <summary>The rows this claim holds (and still holds: a row whose lease expired and was reclaimed is not among them).</summary>
    public static IQueryable<T> HeldBy<T>(this IQueryable<T> rows, Lease lease) where T : class, ILeased =>
        rows.Where(x => EF.Property<string?>(x, nameof(ILeased.LeaseHolder)) == lease.Token);

    private static Expression<Func<T, bool>> FreeAt<T>(DateTime now) where T : class, ILeased =>
        x => EF.Property<DateTime?>(x, nameof(ILeased.LeaseUntil)) == null || EF.Property<DateTime?>(x, nameof(ILeased.LeaseUntil)) <= now;
}
