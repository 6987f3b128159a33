using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Departments;

public sealed class EditModel(DepartmentAdministration departments, AppDbContext db) : PageModel
{
    [BindProperty] public DepartmentInput Input { get; set; } = new();

    public DepartmentDto Department { get; private set; } = null!;
    public int Users { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Input = new DepartmentInput
        {
            Code = Department.Code, Name = Department.Name, Region = Department.RegionCode,
            IsActive = Department.IsActive, Version = Department.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await departments.UpdateAsync(code, new UpdateDepartment(Input.Name ?? "", Input.IsActive, Input.Version), ct);
                if (saved is null) return NotFound();
                TempData["Message"] = $"已保存部门“{saved.Name}”（{(saved.IsActive ? "启用" : "停用")}）。";
                return RedirectToPage("Index", new { q = saved.Code });
            }
            catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(DepartmentInput)))
            {
            }
        }
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await departments.GetAsync(code, ct) is not { } department) return false;
        Department = department;
        Users = await db.Users.CountAsync(u => u.DepartmentId == department.Id, ct);
        return true;
    }
}
