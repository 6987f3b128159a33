using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Served;

public sealed class IndexModel(ServedEnterprises served, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ServedEnterprise> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => served.PageAsync(Q, p, ct));

    /// <summary>导出Excel: the whole filtered list (the page shows 20 at a time); the export is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await served.AllAsync(Q, ExcelExport.ReadLimit(this), ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        audit.Record("export", nameof(Enterprise), "served", $"导出 {rows.Count} 条；筛选：{Q?.Trim()}");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(rows.Select(ServedExportRow.From), "我服务的企业", ct), ExcelExport.ContentType,
            ExcelExport.FileName("我服务的企业", clock));
    }
}
