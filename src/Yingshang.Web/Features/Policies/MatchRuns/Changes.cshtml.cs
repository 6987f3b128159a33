using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed class ChangesModel(MatchRunChanges changes) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Benefit { get; set; }
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "newlyEligible";
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ChangesBody? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MatchRunChanges.Kinds.Contains(Kind)) Kind = MatchRunChanges.Kinds[0];
        try
        {
            Changes = await changes.ChangesAsync(Id, Benefit, Kind, new PageRequest(Math.Max(1, PageNumber), 50), ct);
        }
        catch (BusinessRuleException)
        {
            return Redirect($"/Policies/MatchRuns/{Id}");
        }
        return Changes is null || Changes.PreviousRunId is null ? NotFound() : Page();
    }
}
