using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Suggest;
using Yingshang.Web.Features.Appeals.Suggest.Keywords;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Admin.DispatchKeywords;

public sealed class EditModel(DispatchKeywordStore store, DispatchAdvisor advisor, AppDbContext db) : PageModel
{
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? Word { get; set; }
    [BindProperty] public int Version { get; set; }

    public IReadOnlyList<(string Code, string Name)> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } k) return NotFound();
        (Department, Word, Version) = (k.Department, k.Word, k.Version);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            if (await store.ChangeAsync(id, new SaveDispatchKeyword(Department, Word, Version), ct) is null) return NotFound();
            await advisor.RetrainAsync(ct);
            TempData["Message"] = "已保存关键词。";
            return RedirectToPage("Index", new { Department });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "department" ? nameof(Department) : nameof(Word), e.Message);
            await LoadAsync(ct);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "该关键词在您读取之后已被他人修改或删除，请刷新页面后重试。");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Departments = [.. (await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct))
            .Select(d => (d.Code, d.Name))];
}
