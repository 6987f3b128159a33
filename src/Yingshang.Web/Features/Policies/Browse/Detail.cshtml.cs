using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yingshang.Web.Features.Policies.Browse;

public sealed class DetailModel(PolicyQueries queries, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public PolicyDetail Policy { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.DetailAsync(id, ct) is not { } policy) return NotFound();
        Policy = policy;
        Today = Platform.Time.ChinaTime.Today(clock);
        CanWrite = (await authorization.AuthorizeAsync(User, PoliciesModule.WritePolicy)).Succeeded;
        return Page();
    }
}
