using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Knowledge.View;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.Edit;

public sealed class EditModel(EditKnowledge edit, KnowledgeDetails details, AppDbContext db) : PageModel
{
    [BindProperty] public KnowledgeInput Input { get; set; } = new();

    public List<(string Code, string Name)> Departments { get; private set; } = [];
    public KnowledgeEntryDto Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new KnowledgeInput
        {
            Question = Entry.Question, Answer = Entry.Answer, Department = Entry.Department, Tags = string.Join('、', Entry.Tags),
            ValidUntil = Entry.ValidUntil, Published = Entry.Published, Version = Entry.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (await edit.UpdateAsync(id, Input.ToRequest(), ct) is null) return NotFound();
                TempData["Message"] = "已保存。";
                return Redirect($"/Knowledge/{id}");
            }
            catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(KnowledgeInput)))
            {
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await details.GetAsync(id, ct) is not { } entry) return false;
        Entry = entry;
        Departments = await KnowledgeInput.DepartmentsAsync(db, ct);
        return true;
    }
}
