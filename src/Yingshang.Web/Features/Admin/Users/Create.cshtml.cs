using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Features.Organisation.Users;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Users;

public sealed class CreateModel(UserAdministration users, DepartmentAdministration departments) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();

    public IReadOnlyList<DepartmentOption> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Departments = await departments.OptionsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.IsActive = true;
        if (ModelState.IsValid)
        {
            try
            {
                var user = await users.CreateAsync(Input.ToRequest(), ct);
                TempData["Message"] = $"已新增用户“{user.UserName}”（{user.DisplayName}）。";
                // Post/Redirect/Get: reloading the result page cannot submit the form again.
                return RedirectToPage("Index", new { q = user.UserName });
            }
            catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(UserInput)))
            {
            }
        }
        Departments = await departments.OptionsAsync(ct);
        return Page();
    }
}
