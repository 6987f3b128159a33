using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.List;

[Microsoft.AspNetCore.Authorization.Authorize(Roles = AppealsModule.PageRoles)]
public sealed class IndexModel(AppealList list, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? County { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Escalation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Extension { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>A step's confirmation when the appeal left the user's scope (an approved 退单) and the detail page redirected here.</summary>
    [TempData] public string? Message { get; set; }

    public PagedResult<AppealListItem> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];
    public IReadOnlyList<Organisation.DepartmentOption> Departments { get; private set; } = [];

    private AppealFilter Filter => new(Status, Department, County, Type, Overdue, From, To, Q, Escalation, Extension: Extension);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        try
        {
            Result = await list.PageAsync(Filter, new PageRequest(Math.Max(1, PageNumber), 50), ct);
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        IReadOnlyList<AppealListItem> rows;
        try
        {
            rows = await list.AllAsync(Filter, ExcelExport.ReadLimit(this), ct);
        }
        catch (FieldValidationException)
        {
            // The list itself shows the filter's error at its field.
            return Redirect(QueryLinks.With(Request, ("handler", null)));
        }
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        audit.Record("export", "Appeal", "list", $"{rows.Count} 条");
        await db.SaveChangesAsync(ct);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["编号"] = r.Number, ["受理时间"] = LocalTime(r.ReceivedAt), ["类型"] = r.Type, ["紧急程度"] = r.Urgency, ["县市"] = r.County,
            ["主办部门"] = r.Department, ["状态"] = r.StatusTitle, ["办结期限"] = LocalTime(r.CloseDue), ["时限状态"] = r.SlaState, ["督办级别"] = r.EscalationTitle, ["内容摘要"] = r.Summary,
        });
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "诉求", cancellationToken: ct);
        stream.Position = 0;
        return File(stream, ExcelExport.ContentType, ExcelExport.FileName("诉求列表", clock));
    }

    /// <summary>Beijing wall time as a date-time cell, so a sheet sorts and filters it as a date (the ISO text would not).</summary>
    private static DateTime? LocalTime(string? iso) =>
        iso is null ? null : DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).DateTime;

    public string PageLink(int page) => Url.Page("/Appeals/List/Index", new { Status, Department, County, Type, Overdue, From, To, Q, Escalation, Extension, p = page })!;

    public string ExportLink => Url.Page("/Appeals/List/Index", "Export", new { Status, Department, County, Type, Overdue, From, To, Q, Escalation, Extension })!;

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        Counties = [.. (await db.Regions.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name))];
        Departments = await Organisation.DepartmentOptions.LoadAsync(db, ct);
    }
}
