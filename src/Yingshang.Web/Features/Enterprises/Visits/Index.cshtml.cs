using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Visits;

/// <summary>我的走访记录: the visits the signed-in officer recorded.</summary>
public sealed class IndexModel(VisitQueries visits, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<VisitDto> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => visits.OfOfficerAsync(User.Identity?.Name ?? "", p, ct));

    /// <summary>导出Excel: all of the officer's visits (the page shows 20 at a time); the export is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await visits.AllOfOfficerAsync(User.Identity?.Name ?? "", ExcelExport.ReadLimit(this), ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        audit.Record("export", nameof(EnterpriseVisit), "mine", $"{rows.Count} 条");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(rows.Select(VisitExportRow.From), "走访记录", ct), ExcelExport.ContentType,
            ExcelExport.FileName("走访记录", clock));
    }
}
