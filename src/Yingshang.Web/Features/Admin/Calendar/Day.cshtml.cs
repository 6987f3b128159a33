using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Admin.Calendar;

public sealed class DayModel(CalendarAdministration admin) : PageModel
{
    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Kind { get; set; } = "holiday";

    [BindProperty]
    public string? Name { get; set; }

    public bool Exists { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string? date, CancellationToken ct)
    {
        Date = date;
        if (TryParse(date, out var d) && await admin.FindDayAsync(d, ct) is { } day)
        {
            Exists = true;
            Kind = day.Kind.Code();
            Name = day.Name;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!TryParse(Date, out var date))
        {
            ModelState.AddModelError(nameof(Date), "请选择日期（yyyy-MM-dd）");
            return Page();
        }
        try
        {
            var (day, created) = await admin.SaveDayAsync(date, Kind, Name, ct);
            Message = $"已{(created ? "新增" : "修改")} {CalendarEntry.Format(day.Date)}：{day.Name}（{day.Kind.Title()}）";
            return RedirectToPage("Index", new { year = date.Year });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "name" ? nameof(Name) : nameof(Kind), e.Message);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(nameof(Date), e.Message);
        }
        Exists = await admin.FindDayAsync(date, ct) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? date, CancellationToken ct)
    {
        if (!TryParse(date, out var d)) return NotFound();
        Message = await admin.DeleteDayAsync(d, ct)
            ? $"已删除 {CalendarEntry.Format(d)}，该日恢复按周一至周五判断"
            : $"{CalendarEntry.Format(d)} 本就没有登记";
        return RedirectToPage("Index", new { year = d.Year });
    }

    private static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
