using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed record GrantExportRow(
    [property: ExcelColumnName("案件")] int Id,
    [property: ExcelColumnName("兑现事项")] string Benefit,
    [property: ExcelColumnName("统一社会信用代码")] string Uscc,
    [property: ExcelColumnName("企业名称")] string Name,
    [property: ExcelColumnName("县市")] string County,
    [property: ExcelColumnName("金额（元）")] decimal? Amount,
    [property: ExcelColumnName("状态")] string Status);

public sealed class IndexModel(GrantQueries queries, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Benefit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Uscc { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Payable { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<GrantListItem> Result { get; private set; } = new([], 0, 1, 50);

    private GrantFilter Filter => new(GrantTitles.ParseStatus(Status)?.ToString(), Benefit, Uscc, Payable);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 50, p => queries.PageAsync(Filter, null, p, ct));

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await queries.List(Filter, null).Take(ExcelExport.ReadLimit(this)).ToListAsync(ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        audit.Record("export", nameof(Grant), "list", System.Text.Json.JsonSerializer.Serialize(new { Status, Benefit, Uscc, Rows = rows.Count }));
        await db.SaveChangesAsync(ct);
        var content = await ExcelExport.ToXlsxAsync(rows.Select(g => new GrantExportRow(g.Id, $"{g.BenefitCode} {g.BenefitName}", g.Uscc,
            g.EnterpriseName, g.County ?? "", g.Amount, g.Status.Title())), "兑现案件", ct);
        return File(content, ExcelExport.ContentType, ExcelExport.FileName("兑现案件", clock));
    }
}
