using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Rates;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Admin.AppealRates;

/// <summary>The weights of the appeal composite score, the 基本满意 weight and the 红黑榜 threshold (audited as a row change).</summary>
public sealed class IndexModel(RateSettingsStore store) : PageModel
{
    [TempData] public string? Message { get; set; }

    [BindProperty] public decimal? ResponseWeight { get; set; }
    [BindProperty] public decimal? ResolutionWeight { get; set; }
    [BindProperty] public decimal? SatisfactionWeight { get; set; }
    [BindProperty] public decimal? BasicSatisfiedWeight { get; set; }
    [BindProperty] public int? MinDispatched { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = RateSettingsDto.Of(await store.GetAsync(ct));
        (ResponseWeight, ResolutionWeight, SatisfactionWeight, BasicSatisfiedWeight, MinDispatched, Version) =
            (s.ResponseWeight, s.ResolutionWeight, s.SatisfactionWeight, s.BasicSatisfiedWeight, s.MinDispatched, s.Version);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            await store.SaveAsync(new SaveRateSettings(ResponseWeight, ResolutionWeight, SatisfactionWeight, BasicSatisfiedWeight, MinDispatched, Version), ct);
            Message = "已保存，考核排名即按新权重计算（含历史周期）。";
            return RedirectToPage();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(Property(e.Field), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "设置在您读取之后已被他人修改，未保存；请刷新页面查看最新设置后再修改。");
            return Page();
        }
    }

    private static string Property(string field) => field.Length == 0 ? "" : char.ToUpperInvariant(field[0]) + field[1..];
}
