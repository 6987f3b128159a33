using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Features.Organisation.Users;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Users;

public sealed class EditModel(UserAdministration users, DepartmentAdministration departments) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();

    /// <summary>The user as stored (named so because <see cref="PageModel.User"/> is the signed-in principal).</summary>
    public UserDto Account { get; private set; } = null!;

    public IReadOnlyList<DepartmentOption> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = UserInput.From(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await users.UpdateAsync(id, Input.ToRequest(), ct);
                if (saved is null) return NotFound();
                TempData["Message"] = $"已保存用户“{saved.UserName}”。";
                return RedirectToPage("Index", new { q = saved.UserName });
            }
            catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(UserInput)))
            {
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await users.UnlockAsync(id, ct)) return NotFound();
        TempData["Message"] = "已解除锁定，该用户可以重新登录。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await users.GetAsync(id, ct) is not { } account) return false;
        Account = account;
        Departments = await departments.OptionsAsync(ct);
        return true;
    }
}
