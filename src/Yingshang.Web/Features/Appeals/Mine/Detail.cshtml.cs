using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Appeals.Detail;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary>One of the enterprise's own appeals; another enterprise's (or a citizen's) is 404.</summary>
[Authorize(Policy = AppealsModule.EnterprisePolicy)]
public sealed class DetailModel(MyAppeals appeals) : PageModel
{
    public AppealDto Appeal { get; private set; } = new();

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await appeals.GetAsync(id, ct) is not { } dto) return NotFound();
        Appeal = dto;
        return Page();
    }
}
