using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.HotIssues;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Admin.HotIssues;

/// <summary>The hot-issue thresholds (audited as a row change).</summary>
public sealed class IndexModel(HotIssueSettingsStore store) : PageModel
{
    [TempData] public string? Message { get; set; }

    [BindProperty] public int? MinSize { get; set; }
    [BindProperty] public decimal? MinGrowth { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = HotIssueSettingsDto.Of(await store.GetAsync(ct));
        (MinSize, MinGrowth, Version) = (s.MinSize, s.MinGrowth, s.Version);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            await store.SaveAsync(new SaveHotIssueSettings(MinSize, MinGrowth, Version), ct);
            Message = "已保存，热点诉求即按新阈值计算。";
            return RedirectToPage();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "minSize" ? nameof(MinSize) : nameof(MinGrowth), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "设置在您读取之后已被他人修改，未保存；请刷新页面查看最新设置后再修改。");
            return Page();
        }
    }
}
