using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Rules = await matrix.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await matrix.ChangeAsync(Type ?? "", Urgency ?? "", new SaveSlaRule(Sign, Contact, Close, Version), ct);
            Message = $"已保存：{Type}（{Urgency}）签收 {Sign}、响应 {Contact}、办结 {Close}，对此后派单的诉求生效。";
            return RedirectToPage();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError("", $"{Type}（{Urgency}）：{e.Message}");
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", $"{Type}（{Urgency}）：该时限在您读取之后已被他人修改，未保存；下表已是最新时限，您填写的值仍保留在该行，核对后可再次保存。");
        }
        // The row keeps what was typed (and the version now stored, so that a second save is a deliberate one).
        Rules = [.. (await matrix.ListAsync(ct)).Select(r => r.Type == Type && r.Urgency == Urgency
            ? r with { Sign = Sign ?? "", Contact = Contact ?? "", Close = Close ?? "" } : r)];
        return Page();
    }
}
