using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Suggest;
using Yingshang.Web.Features.Appeals.Suggest.Keywords;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.DispatchKeywords;

/// <summary>派单关键词: each department's list for dispatch suggestions; add and delete here, edit on its own page.</summary>
public sealed class IndexModel(DispatchKeywordStore store, DispatchAdvisor advisor, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty] public string? Word { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<IGrouping<string, DispatchKeywordDto>> Lists { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        try
        {
            var dto = await store.AddAsync(new SaveDispatchKeyword(Department, Word), ct);
            await advisor.RetrainAsync(ct);
            Message = $"已为{dto.DepartmentName}添加关键词“{dto.Word}”。";
            return RedirectToPage(new { Department });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "department" ? nameof(Department) : nameof(Word), e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int? version, CancellationToken ct)
    {
        try
        {
            if (!await store.DeleteAsync(id, version, ct)) return NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "该关键词在您读取之后已被他人修改，未删除；请查看下面的最新列表后再操作。");
            await LoadAsync(ct);
            return Page();
        }
        await advisor.RetrainAsync(ct);
        Message = "已删除关键词。";
        return RedirectToPage(new { Department });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Departments = [.. (await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct))
            .Select(d => (d.Code, d.Name))];
        var all = await store.ListAsync(Department, new PageRequest(1, PageRequest.MaxPageSize), ct);
        var items = all.Items.ToList();
        for (var page = 2; page <= all.PageCount; page++)
            items.AddRange((await store.ListAsync(Department, new PageRequest(page, PageRequest.MaxPageSize), ct)).Items);
        Lists = [.. items.GroupBy(k => k.DepartmentName)];
    }
}
