using System.Globalization;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Time;

/// <summary>One holiday or make-up workday as the pure <see cref="WorkCalendar"/> sees it.</summary>
public sealed record CalendarEntry(DateOnly Date, CalendarDayKind Kind, string Name)
{
    public const int MaxNameLength = 50;

    /// <summary>The rules every stored day obeys; <paramref name="prefix"/> names the field in errors (e.g. <c>days[3].</c>).</summary>
    public static CalendarEntry Create(DateOnly date, string? kind, string? name, string prefix = "")
    {
        if (!CalendarDayKinds.TryParse(kind, out var parsed))
            throw new FieldValidationException(prefix + "kind", CalendarDayKinds.Expected);
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
            throw new FieldValidationException(prefix + "name", $"名称须为 1–{MaxNameLength} 个字符（如“春节”）");
        // A make-up workday on a weekday would change nothing: almost certainly a typo in the date.
        if (parsed == CalendarDayKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            throw new FieldValidationException(prefix + "kind",
                $"{Format(date)} 是{Weekday(date)}，本就是工作日，不能登记为调休上班日");
        return new CalendarEntry(date, parsed, name);
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一", DayOfWeek.Tuesday => "周二", DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四", DayOfWeek.Friday => "周五", DayOfWeek.Saturday => "周六", _ => "周日",
    };
}
