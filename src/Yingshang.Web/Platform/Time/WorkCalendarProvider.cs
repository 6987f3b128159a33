using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Time;

/// <summary>
/// Hands out the current <see cref="WorkCalendar"/>, cached per app instance. A change made through this instance
/// (<see cref="Invalidate"/>) is visible at once; a change made by another instance after at most <see cref="Lifetime"/>.
/// </summary>
public sealed class WorkCalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private Snapshot? _current;
    private long _generation;

    private sealed record Snapshot(WorkCalendar Calendar, long Generation, DateTimeOffset LoadedAt);

    public async Task<WorkCalendar> GetAsync(CancellationToken ct)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Generation == Interlocked.Read(ref _generation)
                                && clock.GetUtcNow() - current.LoadedAt < Lifetime)
            return current.Calendar;

        // Read the generation first: an invalidation during the load leaves the result stale, and the next call reloads.
        var generation = Interlocked.Read(ref _generation);
        var loadedAt = clock.GetUtcNow();
        var calendar = await LoadAsync(ct);
        // An empty calendar is what a reader sees while the first start's seeding transaction is still open (a demo
        // seeder filing appeals through the intake); keeping it would refuse every deadline until the snapshot expires.
        if (calendar.Years.Count > 0) Volatile.Write(ref _current, new Snapshot(calendar, generation, loadedAt));
        return calendar;
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    private async Task<WorkCalendar> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind, d.Name }).ToListAsync(ct);
        // A day whose year record is missing cannot be trusted to be complete, so it is left out with its year.
        var published = years.ToHashSet();
        return new WorkCalendar(years, days.Where(d => published.Contains(d.Date.Year))
            .Select(d => new CalendarEntry(d.Date, d.Kind, d.Name)));
    }
}
