using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Appeals.HotIssues;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Admin.HotIssues;

/// <summary>The hot-issue thresholds (audited as a row change).</summary>
public sealed class IndexModel(HotIssueSettingsStore store) : PageModel
{
    [TempData] public string? Message { get; set; }

    [BindProperty] public int? MinSize { get; set; }
    [BindProperty] public decimal? MinGrowth { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = HotIssueSettingsDto.Of(await store.GetAsync(ct));
        (MinSize, MinGrowth) = (s.MinSize, s.MinGrowth);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            await store.SaveAsync(new SaveHotIssueSettings(MinSize, MinGrowth), ct);
            Message = "已保存，热点诉求即按新阈值计算。";
            return RedirectToPage();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "minSize" ? nameof(MinSize) : nameof(MinGrowth), e.Message);
            return Page();
        }
    }
}
