using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.View;

public sealed class IndexModel(KnowledgeDetails details, IKnowledgeSearch search, IAuthorizationService authorization) : PageModel
{
    public KnowledgeEntryDto Entry { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await details.GetAsync(id, ct) is not { } entry) return NotFound();
        Entry = entry;
        CanEdit = (await authorization.AuthorizeAsync(User, KnowledgeModule.EditPolicy)).Succeeded;
        return Page();
    }

    /// <summary>"已用此答复": the operator read this answer to a caller.</summary>
    public async Task<IActionResult> OnPostUseAsync(int id, CancellationToken ct)
    {
        try
        {
            if (!await search.RecordUseAsync(id, ct)) return NotFound();
            TempData["Message"] = "已记录一次使用。";
            return Redirect($"/Knowledge/{id}");
        }
        catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(object)))
        {
            return await OnGetAsync(id, ct);
        }
    }
}
