using Yingshang.Web.Platform.Time;

namespace Yingshang.Tests.Time;

/// <summary>The shipped cn-holidays.csv (copied to the test output by the app project) as a pure calendar.</summary>
internal static class HolidayData
{
    private static readonly Lazy<CalendarRowsResult> Rows =
        new(() => CalendarRows.FromCsv(File.ReadAllText(CalendarSeeder.FilePath), year: null));

    public static IReadOnlyList<CalendarEntry> Days => Rows.Value.Days;

    public static CalendarRowsResult Parsed => Rows.Value;

    public static WorkCalendar Calendar { get; } = WorkCalendar.FromDays(Rows.Value.Days);

    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    public static TheoryData<string, string, string> Year(int year)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var d in Days.Where(d => d.Date.Year == year)) data.Add(CalendarEntry.Format(d.Date), d.Kind.Code(), d.Name);
        return data;
    }
}
