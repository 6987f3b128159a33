using System.Collections.Frozen;
using System.Globalization;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Time;

/// <summary>
/// Working-day arithmetic over a fixed set of published years (pure: no database, no clock). Obtain the current one
/// from <see cref="WorkCalendarProvider"/>; tests build it from a list. Rules and examples: Platform/Time/README.md.
/// </summary>
public sealed class WorkCalendar
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const string YearMissing = "calendar-year-missing";

    private readonly FrozenSet<int> _years;
    private readonly FrozenDictionary<DateOnly, CalendarEntry> _days;

    public WorkCalendar(IEnumerable<int> years, IEnumerable<CalendarEntry> days)
    {
        _years = years.ToFrozenSet();
        var map = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var day in days)
        {
            if (!_years.Contains(day.Date.Year))
                throw new ArgumentException($"{day.Date} lies in a year that is not published.", nameof(days));
            if (!map.TryAdd(day.Date, day)) throw new ArgumentException($"{day.Date} is listed twice.", nameof(days));
        }
        _days = map.ToFrozenDictionary();
        Years = [.. _years.Order()];
    }

    /// <summary>A calendar whose published years are exactly the years the days fall in.</summary>
    public static WorkCalendar FromDays(IReadOnlyCollection<CalendarEntry> days) =>
        new(days.Select(d => d.Date.Year).Distinct(), days);

    public IReadOnlyList<int> Years { get; }

    public bool HasYear(int year) => _years.Contains(year);

    /// <summary>The year's holidays and make-up workdays, by date.</summary>
    public IReadOnlyList<CalendarEntry> DaysOf(int year)
    {
        RequireYear(year);
        return [.. _days.Values.Where(d => d.Date.Year == year).OrderBy(d => d.Date)];
    }

    /// <summary>The stored exception for a date, if any (null for an ordinary weekday or weekend).</summary>
    public CalendarEntry? Find(DateOnly date) => _days.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date)
    {
        RequireYear(date.Year);
        if (_days.TryGetValue(date, out var day)) return day.Kind == CalendarDayKind.Workday;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>23:59:59 Beijing time of the <paramref name="n"/>th working day strictly after the local date of
    /// <paramref name="from"/>; n = 0 is the end of that local date itself.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int n)
    {
        var date = LocalDate(from);
        var days = NextWorkingDays(date, n);
        return EndOfDay(days.Count == 0 ? date : days[^1]);
    }

    /// <summary>The first <paramref name="n"/> working days strictly after <paramref name="date"/> (the days a deadline counts).</summary>
    public IReadOnlyList<DateOnly> NextWorkingDays(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        RequireYear(date.Year);
        var days = new List<DateOnly>(n);
        while (days.Count < n)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days.Add(date);
        }
        return days;
    }

    /// <summary>Working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/> — the same count as
    /// <see cref="AddWorkingDays"/> uses; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        RequireYear(from.Year);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (IsWorkingDay(date)) count++;
        return count;
    }

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) => WorkingDaysBetween(LocalDate(from), LocalDate(to));

    /// <summary>Calendar hours (urgent items): weekends and holidays count like any other hour.</summary>
    public static DateTimeOffset AddHours(DateTimeOffset from, double hours) => ChinaTime.ToLocal(from.AddHours(hours));

    public DateTimeOffset Add(DateTimeOffset from, SlaBudget budget) => budget.Unit == SlaUnit.WorkingDays
        ? AddWorkingDays(from, budget.WorkingDays)
        : ChinaTime.ToLocal(from + budget.Duration);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToLocal(instant).DateTime);

    public static DateTimeOffset EndOfDay(DateOnly date) => new(date.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset);

    /// <summary>ISO 8601 in Beijing time to the second, e.g. <c>2026-02-25T23:59:59+08:00</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        ChinaTime.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public void RequireYear(int year)
    {
        if (!_years.Contains(year)) throw MissingYear(year);
    }

    public static BusinessRuleException MissingYear(int year) => new(YearMissing,
        $"{year} 年的节假日安排尚未录入，无法按工作日计算期限。请系统管理员在“系统管理 › 工作日历”中录入国务院办公厅公布的 {year} 年节假日安排。");

    public static void CheckYearRange(int year, string field)
    {
        if (year is < MinYear or > MaxYear) throw new FieldValidationException(field, $"年份须在 {MinYear}–{MaxYear} 之间");
    }
}
