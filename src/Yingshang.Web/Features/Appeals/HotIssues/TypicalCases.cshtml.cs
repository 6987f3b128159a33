using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>典型案例候选: the list with who/when and the appeals, marking a single appeal, and withdrawing.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = HotIssueAccess.PageRoles)]
public sealed class TypicalCasesModel(TypicalCaseStore cases, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Note { get; set; }
    [TempData] public string? Message { get; set; }

    public PagedResult<TypicalCaseDto> Result { get; private set; } = new([], 0, 1, 20);

    public bool CanMark => User.IsInRole(HotIssueAccess.MarkRole);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>导出Excel: every candidate of the chosen status, one line each; the export is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        List<TypicalCaseDto> rows;
        try
        {
            rows = await cases.AllAsync(Status, ExcelExport.ReadLimit(this), ct);
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(nameof(Status), e.Message);
            return Page();
        }
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        audit.Record("export", nameof(TypicalCase), "list", $"导出 {rows.Count} 条；状态：{Status ?? "active"}");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(rows.Select(TypicalCaseExportRow.From), "典型案例候选", ct), ExcelExport.ContentType,
            ExcelExport.FileName("典型案例候选", clock));
    }

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if (!CanMark) return Forbid();
        var number = Number?.Trim() ?? "";
        var id = await db.Appeals.AsNoTracking().Where(a => a.Number == number).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        try
        {
            if (id is null) throw new FieldValidationException("number", number.Length == 0 ? "请填写诉求编号" : $"诉求“{number}”不存在");
            await cases.MarkAsync(new MarkTypicalCase(Title, Note, [id.Value]), ct);
            Message = $"已将诉求 {number} 推荐为典型案例候选。";
            return RedirectToPage();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(char.ToUpperInvariant(e.Field[0]) + e.Field[1..], e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (!CanMark) return Forbid();
        try
        {
            if (await cases.WithdrawAsync(id, ct) is null) return NotFound();
            Message = "已撤回该典型案例候选。";
        }
        catch (BusinessRuleException e)
        {
            Message = e.Message;
        }
        return RedirectToPage(new { Status });
    }

    public string PageLink(int page) => QueryLinks.With(Request, ("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Result = await cases.ListAsync(Status, new PageRequest(Math.Max(1, PageNumber), 20), ct);
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(nameof(Status), e.Message);
        }
    }
}
