using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Platform.Web.RateLimits.Public)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请填写用户名"), Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "请填写密码"), Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByNameAsync(UserName.Trim());
        if (user is { IsActive: true })
        {
            var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            if (result.IsLockedOut)
            {
                ModelState.AddModelError("", "密码连续错误次数过多，账户已锁定 15 分钟，请稍后再试或联系管理员。");
                return Page();
            }
        }
        ModelState.AddModelError("", "用户名或密码错误，或账户已停用。");
        return Page();
    }
}
