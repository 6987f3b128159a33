using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Features.Appeals.List;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary>One line of the "导出Excel" file of 我的诉求 (the enterprise's own appeals).</summary>
public sealed record MyAppealExportRow(
    [property: ExcelColumnName("编号")] string Number,
    [property: ExcelColumnName("受理时间")] string ReceivedAt,
    [property: ExcelColumnName("类型")] string Type,
    [property: ExcelColumnName("内容摘要")] string Summary,
    [property: ExcelColumnName("承办部门")] string Department,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("办结期限")] string CloseDue,
    [property: ExcelColumnName("时限状态")] string SlaState)
{
    /// <summary>The time-limit state covers every pending deadline (签收, 响应, 办结), hence its own column.</summary>
    public static MyAppealExportRow From(AppealListItem a) => new(a.Number, Minute(a.ReceivedAt), a.Type, a.Summary, a.Department ?? "待派单",
        a.StatusTitle, a.CloseDue is null ? "" : Minute(a.CloseDue), a.SlaCss.Length > 0 ? a.SlaState : "");

    private static string Minute(string iso) => iso[..16].Replace('T', ' ');
}

[Authorize(Policy = AppealsModule.EnterprisePolicy)]
public sealed class IndexModel(MyAppeals appeals, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<AppealListItem> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => appeals.PageAsync(null, p, ct));

    /// <summary>导出Excel: all of the enterprise's appeals (the page shows 20 at a time); the export is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await appeals.AllAsync(ExcelExport.ReadLimit(this), ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        audit.Record("export", "Appeal", "mine", $"{rows.Count} 条；企业 {appeals.Uscc}");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(rows.Select(MyAppealExportRow.From), "我的诉求", ct), ExcelExport.ContentType,
            ExcelExport.FileName("我的诉求", clock));
    }
}
