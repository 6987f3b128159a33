using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Admin.AppealSla;

/// <summary>The appeal SLA matrix (type × urgency); one row is saved at a time.</summary>
public sealed class IndexModel(SlaMatrix matrix) : PageModel
{
    public IReadOnlyList<SlaRuleDto> Rules { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Urgency { get; set; }
    [BindProperty] public string? Sign { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Close { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Rules = await matrix.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await matrix.ChangeAsync(Type ?? "", Urgency ?? "", new SaveSlaRule(Sign, Contact, Close), ct);
            Message = $"已保存：{Type}（{Urgency}）签收 {Sign}、响应 {Contact}、办结 {Close}，对此后派单的诉求生效。";
            return RedirectToPage();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError("", $"{Type}（{Urgency}）：{e.Message}");
        }
        Rules = await matrix.ListAsync(ct);
        return Page();
    }
}
