using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Departments;

public sealed class CreateModel(DepartmentAdministration departments) : PageModel
{
    [BindProperty] public DepartmentInput Input { get; set; } = new();

    public IReadOnlyList<RegionOption> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regions = await departments.RegionsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var created = await departments.CreateAsync(new SaveDepartment(Input.Code, Input.Name, Input.Region), ct);
                TempData["Message"] = $"已新增部门“{created.Name}”（{created.Code}）。";
                return RedirectToPage("Index", new { q = created.Code });
            }
            catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(DepartmentInput)))
            {
            }
        }
        Regions = await departments.RegionsAsync(ct);
        return Page();
    }
}
