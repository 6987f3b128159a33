using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Statistics;

public sealed class IndexModel(GrantStatistics statistics, TimeProvider clock, AuditTrail audit, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? GroupBy { get; set; }

    public StatisticsBody Body { get; private set; } = new("policy", []);

    private string Safe => GroupBy == "county" ? "county" : "policy";

    public async Task OnGetAsync(CancellationToken ct) => Body = await statistics.ComputeAsync(Safe, ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Body = await statistics.ComputeAsync(Safe, ct);
        var title = Safe == "county" ? "兑现统计-按县市" : "兑现统计-按政策";
        audit.Record("export", "GrantStatistics", Safe, $"{Body.Rows.Count} 行");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(Body.Rows, "兑现统计", ct), ExcelExport.ContentType, ExcelExport.FileName(title, clock));
    }
}
