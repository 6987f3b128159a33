using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Admin.Calendar;

public sealed class IndexModel(CalendarAdministration admin, WorkCalendarProvider calendars, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<CalendarYearSummary> Years { get; private set; } = [];
    public IReadOnlyList<CalendarEntry> Days { get; private set; } = [];
    public bool YearLoaded { get; private set; }
    public DeadlineCalculator Calculator { get; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string? from, string? n, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (from is not null || n is not null) await Calculator.RunAsync(from, n, calendars, ModelState, ct);
        else Calculator.From = ChinaTime.ToLocal(clock.GetUtcNow()).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnGetExportAsync(int year, CancellationToken ct)
    {
        IReadOnlyList<CalendarEntry> days;
        try
        {
            days = await admin.ListDaysAsync(year, ct);
        }
        catch (BusinessRuleException)
        {
            return NotFound();
        }
        var rows = days.Select(d => new Dictionary<string, object>
        {
            ["日期"] = CalendarEntry.Format(d.Date), ["星期"] = CalendarEntry.Weekday(d.Date),
            ["类型"] = d.Kind.Title(), ["类型代码"] = d.Kind.Code(), ["名称"] = d.Name,
        });
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: $"{year}年", cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"工作日历-{year}.xlsx");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Years = await admin.ListYearsAsync(ct);
        var today = ChinaTime.Today(clock).Year;
        Year ??= Years.Any(y => y.Year == today) ? today : Years.Count > 0 ? Years[^1].Year : today;
        YearLoaded = Years.Any(y => y.Year == Year);
        if (YearLoaded) Days = await admin.ListDaysAsync(Year.Value, ct);
    }

    /// <summary>The month grid: weeks of seven cells (Monday first), null outside the month.</summary>
    public static IEnumerable<DateOnly?[]> Weeks(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)first.DayOfWeek + 6) % 7;
        var cells = Enumerable.Repeat<DateOnly?>(null, offset)
            .Concat(Enumerable.Range(0, DateTime.DaysInMonth(year, month)).Select(i => (DateOnly?)first.AddDays(i))).ToList();
        while (cells.Count % 7 != 0) cells.Add(null);
        return cells.Chunk(7);
    }
}
