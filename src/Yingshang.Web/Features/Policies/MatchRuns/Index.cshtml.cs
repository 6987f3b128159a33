using Yingshang.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed class IndexModel(MatchRunQueries queries, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public DateOnly AsOf { get; set; }

    public PagedResult<MatchRunListItem> Result { get; private set; } = new([], 0, 1, 20);

    public bool CanStart => PoliciesModule.WriteRoles.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct)
    {
        AsOf = ChinaTime.Today(clock);
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => queries.ListAsync(p, ct));
    }

    /// <summary>导出Excel: every run, newest first; the export is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var runs = await queries.ListAsync(new PageRequest(1, ExcelExport.MaxRows(this)), ct);
        if (ExcelExport.Refuses(this, runs.Total)) return ExcelExport.BackToList(this);
        audit.Record("export", nameof(MatchRun), "list", $"导出 {runs.Items.Count} 条");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(runs.Items.Select(MatchRunExportRow.From), "匹配批次", ct), ExcelExport.ContentType,
            ExcelExport.FileName("匹配批次", clock));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanStart) return Forbid();
        if (!ModelState.IsValid || AsOf == default)
        {
            ModelState.AddModelError("", "请填写评估日期");
            Result = await queries.ListAsync(new PageRequest(1, 20), ct);
            return Page();
        }
        try
        {
            var run = await MatchRunEndpoints.QueueAsync(db, AsOf, ChinaTime.Today(clock), ct);
            return Redirect($"/Policies/MatchRuns/{run.Id}");
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(nameof(AsOf), e.Message);
            Result = await queries.ListAsync(new PageRequest(1, 20), ct);
            return Page();
        }
    }
}
