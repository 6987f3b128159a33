using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>热点诉求: the growing clusters, one cluster's appeals, the export, and marking a cluster as a 典型案例 candidate.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = HotIssueAccess.PageRoles)]
public sealed class IndexModel(HotIssueReport hot, TypicalCaseStore cases, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Days { get; set; }
    [BindProperty(SupportsGet = true)] public string? County { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public int? Cluster { get; set; }
    [BindProperty] public string? Note { get; set; }
    [TempData] public string? Message { get; set; }

    public HotIssuesReport? Report { get; private set; }
    public HotIssue? Selected { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];

    public bool CanMark => User.IsInRole(HotIssueAccess.MarkRole);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        HotIssuesReport report;
        try { report = await hot.ComputeAsync(Query, ct); }
        catch (FieldValidationException e) { return BadRequest(e.Message); }
        audit.Record("export", "HotIssues", $"{report.From:yyyy-MM-dd}/{report.Days}", $"{report.Issues.Count} 个热点");
        await db.SaveChangesAsync(ct);
        var bytes = await ExcelExport.ToXlsxAsync(report.Issues.Select(ExportRow.Of), "热点诉求", ct);
        return File(bytes, ExcelExport.ContentType, ExcelExport.FileName($"热点诉求-近{report.Days}天", clock));
    }

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if (!CanMark) return Forbid();
        await LoadAsync(ct);
        if (Selected is null) { ModelState.AddModelError(nameof(Cluster), "该热点已不在当前统计中，请刷新后重试"); return Page(); }
        try
        {
            var dto = await cases.MarkAsync(new MarkTypicalCase(Selected.Label, Note, [.. Selected.AppealIds.Take(TypicalCase.MaxAppeals)]), ct);
            Message = $"已推荐为典型案例候选（{dto.Appeals.Count} 件诉求）。";
            return RedirectToPage("/Appeals/HotIssues/TypicalCases");
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "note" ? nameof(Note) : "", e.Message);
            return Page();
        }
    }

    public string ClusterLink(int key) => QueryLinks.With(Request, ("cluster", key.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "#cluster";

    public string ExportLink => Url.Page("/Appeals/HotIssues/Index", "Export", new { Days = Report?.Days.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Days, County, Category })!;

    public static string Growth(HotIssue i) => i.Growth is { } g ? $"{g:0.##} 倍" : "新出现";

    private HotIssueQuery Query => new(Days, County, Category);

    private async Task LoadAsync(CancellationToken ct)
    {
        Counties = [.. (await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name))];
        try
        {
            Report = await hot.ComputeAsync(Query, ct);
            Selected = Report.Issues.FirstOrDefault(i => i.Key == Cluster);
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "days" ? nameof(Days) : e.Field == "county" ? nameof(County) : nameof(Category), e.Message);
        }
    }

    private sealed record ExportRow(
        [property: ExcelColumnName("热点")] string Label, [property: ExcelColumnName("本期件数")] int Size,
        [property: ExcelColumnName("上期件数")] int Before, [property: ExcelColumnName("增长倍数")] double? Growth,
        [property: ExcelColumnName("涉及县市")] string Counties, [property: ExcelColumnName("涉及部门")] string Departments,
        [property: ExcelColumnName("分类")] string Categories, [property: ExcelColumnName("首次受理")] string First,
        [property: ExcelColumnName("最近受理")] string Last, [property: ExcelColumnName("诉求编号（最近 50 件）")] string Numbers)
    {
        public static ExportRow Of(HotIssue i) => new(i.Label, i.Size, i.Before, i.Growth, string.Join("、", i.Counties),
            string.Join("、", i.Departments), string.Join("、", i.Categories), i.FirstReceivedAt, i.LastReceivedAt,
            string.Join(" ", i.Appeals.Select(a => a.Number)));
    }
}
