using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed record ResultExportRow(
    [property: ExcelColumnName("统一社会信用代码")] string Uscc,
    [property: ExcelColumnName("名称")] string Name,
    [property: ExcelColumnName("县市")] string County,
    [property: ExcelColumnName("结果")] string Outcome,
    [property: ExcelColumnName("金额（元）")] decimal? Amount);

public sealed class ResultsModel(MatchRunQueries queries, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Benefit { get; set; }
    [BindProperty(SupportsGet = true)] public string Outcome { get; set; } = "eligible";
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Benefits { get; private set; } = [];
    public PagedResult<MatchResultItem> Result { get; private set; } = new([], 0, 1, 50);

    public static string OutcomeTitle(string outcome) => outcome switch { "eligible" => "符合", "ineligible" => "不符合", _ => "数据缺失" };

    private async Task<IQueryable<MatchResultItem>?> LoadAsync(CancellationToken ct)
    {
        Benefits = await db.Set<MatchRunBenefit>().Where(b => b.RunId == Id).OrderBy(b => b.BenefitCode).Select(b => b.BenefitCode).ToListAsync(ct);
        if (Benefits.Count == 0) return null;
        Benefit = Benefits.Contains(Benefit ?? "") ? Benefit : Benefits[0];
        Outcome = Outcome is "ineligible" or "undetermined" ? Outcome : "eligible";
        return await queries.ResultsAsync(Id, Benefit, Outcome, ct);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } items) return NotFound();
        Result = await PageNumbers.LoadAsync(PageNumber, 50, p => items.ToPageAsync(p, ct));
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } items) return NotFound();
        var rows = await items.Take(ExcelExport.ReadLimit(this)).ToListAsync(ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        var title = $"匹配结果-{Id}-{Benefit}-{OutcomeTitle(Outcome)}";
        audit.Record("export", nameof(MatchRun), Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"导出匹配结果 {rows.Count} 条；{Benefit}；{OutcomeTitle(Outcome)}");
        await db.SaveChangesAsync(ct);
        var content = await ExcelExport.ToXlsxAsync(rows.Select(i => new ResultExportRow(i.Uscc, i.Name, i.County ?? "", OutcomeTitle(i.Outcome), i.Amount)), "匹配结果", ct);
        return File(content, ExcelExport.ContentType, ExcelExport.FileName(title, clock));
    }
}
