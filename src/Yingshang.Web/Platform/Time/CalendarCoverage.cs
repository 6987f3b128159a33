namespace Yingshang.Web.Platform.Time;

/// <summary>
/// Warns in time that next year's working calendar is not published. Deadlines are refused (409
/// <see cref="WorkCalendar.YearMissing"/>) once they would reach into a year without one, and the longest SLA budgets
/// run for weeks, so from 1 December a dispatch can already need next year.
/// </summary>
public sealed class CalendarCoverage(WorkCalendarProvider calendars, TimeProvider clock)
{
    private const int WarnFromMonth = 12;

    /// <summary>Next year, when it is December (China time) and that year has no published calendar; otherwise null.</summary>
    public async Task<int?> MissingNextYearAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        if (today.Month < WarnFromMonth) return null;
        var calendar = await calendars.GetAsync(ct);
        return calendar.Years.Contains(today.Year + 1) ? null : today.Year + 1;
    }
}
