using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed class DetailModel(MatchRunQueries queries, MatchRunChanges changes) : PageModel
{
    public MatchRunBody? Run { get; private set; }
    public ChangesBody? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Run = await queries.DetailAsync(id, ct);
        if (Run is null) return NotFound();
        if (Run.Status == "completed") Changes = await changes.ChangesAsync(id, null, null, new PageRequest(1, 1), ct);
        return Page();
    }
}
