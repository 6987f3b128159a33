using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Departments;

public sealed class IndexModel(DepartmentAdministration departments, AuditTrail audit, AppDbContext db, TimeProvider clock) : PageModel
{
    private const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public PagedResult<DepartmentDto> Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<RegionOption> Regions { get; private set; } = [];

    private DepartmentFilter Filter => new(Q, Region);

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        Regions = await departments.RegionsAsync(ct);
        Result = await PageNumbers.LoadAsync(page, PageSize, p => departments.ListAsync(p, Filter, ct));
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var query = departments.Filtered(Filter);
        var total = await query.CountAsync(ct);
        if (ExcelExport.Refuses(this, total)) return ExcelExport.BackToList(this);
        var rows = await query.ToListAsync(ct);
        audit.Record("export", "Department", "list", JsonSerializer.Serialize(new { Q, Region, Rows = total }));
        await db.SaveChangesAsync(ct);
        var file = await ExcelExport.ToXlsxAsync(rows.Select(DepartmentRow.From), "部门", ct);
        return File(file, ExcelExport.ContentType, ExcelExport.FileName("部门", clock));
    }
}
