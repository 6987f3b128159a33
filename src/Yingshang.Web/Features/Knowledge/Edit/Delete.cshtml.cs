using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Knowledge.View;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.Edit;

/// <summary>Deleting asks once more on a page of its own, so it needs no script.</summary>
public sealed class DeleteModel(EditKnowledge edit, KnowledgeDetails details) : PageModel
{
    [BindProperty] public int Version { get; set; }

    public KnowledgeEntryDto Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await details.GetAsync(id, ct) is not { } entry) return NotFound();
        Entry = entry;
        Version = entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            if (!await edit.DeleteAsync(id, Version, ct)) return NotFound();
            TempData["Message"] = "已删除该条目。";
            return Redirect("/Knowledge");
        }
        catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(KnowledgeInput)))
        {
            return await OnGetAsync(id, ct);
        }
    }
}
