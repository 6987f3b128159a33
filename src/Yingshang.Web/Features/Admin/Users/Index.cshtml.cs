using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Features.Organisation.Users;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Users;

public sealed class IndexModel(UserAdministration users, DepartmentAdministration departments, AuditTrail audit, AppDbContext db, TimeProvider clock)
    : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }

    public PagedResult<UserDto> Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<DepartmentOption> Departments { get; private set; } = [];

    private UserFilter Filter => new(Q, Department, Role);

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        Departments = await departments.OptionsAsync(ct);
        Result = await PageNumbers.LoadAsync(page, PageSize, p => users.ListAsync(p, Filter, ct));
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var total = await users.CountAsync(Filter, ct);
        if (ExcelExport.Refuses(this, total)) return ExcelExport.BackToList(this);
        var list = await users.ListAsync(new PageRequest(1, Math.Max(total, 1)), Filter, ct);
        audit.Record("export", "AppUser", "list", JsonSerializer.Serialize(new { Q, Department, Role, Rows = total }));
        await db.SaveChangesAsync(ct);
        var file = await ExcelExport.ToXlsxAsync(list.Items.Select(UserRow.From), "用户", ct);
        return File(file, ExcelExport.ContentType, ExcelExport.FileName("用户", clock));
    }
}
