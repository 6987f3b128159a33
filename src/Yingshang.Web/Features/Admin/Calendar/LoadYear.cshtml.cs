using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Admin.Calendar;

public sealed class LoadYearModel(CalendarAdministration admin, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    public IReadOnlyList<CalendarRowError> RowErrors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public void OnGet(int? year) => Year = year ?? ChinaTime.Today(clock).Year + 1;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Year is not { } year) ModelState.AddModelError(nameof(Year), "请填写年份");
        if (string.IsNullOrWhiteSpace(Csv)) ModelState.AddModelError(nameof(Csv), "请粘贴该年的安排，每行“日期,类型,名称”");
        if (!ModelState.IsValid) return Page();
        try
        {
            var rows = CalendarRows.FromCsv(Csv!, Year);
            RowErrors = await admin.LoadYearAsync(Year!.Value, rows, Replace, ct);
            if (RowErrors.Count > 0)
            {
                ModelState.AddModelError(nameof(Csv), $"{RowErrors.Count} 处错误，未录入任何一天；请修改后重新提交");
                return Page();
            }
            Message = $"已录入 {Year} 年安排：{rows.Days.Count(d => d.Kind == CalendarDayKind.Holiday)} 天放假，" +
                      $"{rows.Days.Count(d => d.Kind == CalendarDayKind.Workday)} 天调休上班";
            return RedirectToPage("Index", new { year = Year });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(nameof(Year), e.Message);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(nameof(Replace), e.Message);
        }
        return Page();
    }

    public static string Column(string field) => field switch
    {
        "date" => "日期", "kind" => "类型", "name" => "名称", "days" => "全部", _ => "整行",
    };
}
