using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Organisation.RoleList;

// Not "Admin.Roles": a namespace of that name would hide Platform.Security.Roles in every other admin page.
namespace Yingshang.Web.Features.Admin.RoleOverviewPage;

public sealed class IndexModel(RoleOverview roles) : PageModel
{
    public IReadOnlyList<RoleSummary> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Roles = await roles.ListAsync(ct);
}
