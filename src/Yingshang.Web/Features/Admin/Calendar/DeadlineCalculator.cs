using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Admin.Calendar;

/// <summary>The "from + N working days" form on the calendar page, with the days it counted so the answer can be checked by hand.</summary>
public sealed class DeadlineCalculator
{
    public string? From { get; set; }
    public string? N { get; set; } = "3";
    public DateTimeOffset? Due { get; private set; }
    public IReadOnlyList<DateOnly> Counted { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task RunAsync(string? from, string? n, WorkCalendarProvider calendars, ModelStateDictionary modelState, CancellationToken ct)
    {
        From = from;
        N = n;
        if (!Instants.TryParse(from, out var start)) modelState.AddModelError("from", "请填写起算时刻（北京时间）");
        if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > 365)
            modelState.AddModelError("n", "工作日数须为 0–365 的整数");
        if (!modelState.IsValid) return;
        try
        {
            var calendar = await calendars.GetAsync(ct);
            Counted = calendar.NextWorkingDays(WorkCalendar.LocalDate(start), days);
            Due = calendar.AddWorkingDays(start, days);
        }
        catch (BusinessRuleException e)
        {
            Error = e.Message;
        }
    }
}
