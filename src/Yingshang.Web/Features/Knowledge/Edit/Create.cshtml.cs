using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.Edit;

public sealed class CreateModel(EditKnowledge edit, AppDbContext db) : PageModel
{
    [BindProperty] public KnowledgeInput Input { get; set; } = new();

    public List<(string Code, string Name)> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Departments = await KnowledgeInput.DepartmentsAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var entry = await edit.CreateAsync(Input.ToRequest(), ct);
                TempData["Message"] = $"已新增条目“{entry.Question}”。";
                return Redirect($"/Knowledge/{entry.Id}");
            }
            catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(KnowledgeInput)))
            {
            }
        }
        Departments = await KnowledgeInput.DepartmentsAsync(db, ct);
        return Page();
    }
}
