using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Yingshang.Web.Features.Policies.Calculator;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.PublicCalculator;

/// <summary>政策计算器（无需登录）: anyone types an enterprise's attributes; posted (not in the URL) and never stored.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class IndexModel(PolicyCalculator calculator, TimeProvider clock) : PageModel
{
    [BindProperty] public TypedAttributes Input { get; set; } = new();
    [BindProperty] public DateOnly? AsOf { get; set; }

    public CalculatorResult? Result { get; private set; }

    public void OnGet() => AsOf = ChinaTime.Today(clock);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = AsOf ?? ChinaTime.Today(clock);
        if (date.Year is < 2000 or > 2100) ModelState.AddModelError(nameof(AsOf), "测算日期应在 2000 年至 2100 年之间");
        foreach (var (field, messages) in AttributeRules.Check(Input, date))
            ModelState.AddModelError("Input." + char.ToUpperInvariant(field[0]) + field[1..], messages[0]);
        if (!ModelState.IsValid) return Page();
        Result = await calculator.CalculateAsync(Input.ToFacts(), date, ct);
        return Page();
    }
}
