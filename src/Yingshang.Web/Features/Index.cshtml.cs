using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features;

public sealed class IndexModel(AppDbContext db, ICurrentUser me) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string RoleTitles { get; private set; } = "";
    public string? Department { get; private set; }
    public List<(string Title, long Value, string Href)> Tiles { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue(AppClaims.DisplayName) ?? User.Identity?.Name ?? "";
        RoleTitles = string.Join("、", Roles.All.Where(r => User.IsInRole(r.Name)).Select(r => r.Title));
        Department = me.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(ct) : null;
        Tiles.Add(("县市", await db.Regions.CountAsync(r => r.ParentId != null, ct), "/"));
        Tiles.Add(("部门", await db.Departments.CountAsync(ct), User.IsInRole(Roles.Admin) ? "/Admin/Departments" : "/"));
    }
}
