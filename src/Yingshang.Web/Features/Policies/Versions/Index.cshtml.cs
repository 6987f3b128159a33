using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Versions;

public sealed class VersionInput
{
    [Required(ErrorMessage = "请填写条件")] public string? Rule { get; set; }
    public string? Amount { get; set; }
    [Required(ErrorMessage = "请填写生效日期")] public DateOnly? EffectiveFrom { get; set; }
    /// <summary>The latest version when the form was opened.</summary>
    public int? BasedOn { get; set; }
}

public sealed class IndexModel(ReviseRuleHandler handler, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public VersionInput Input { get; set; } = new();
    public RuleEditorView? RuleCheck { get; private set; }
    public RuleEditorView? AmountCheck { get; private set; }
    public int PolicyId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await db.BenefitRuleVersions.AsNoTracking().Where(v => db.Benefits.Any(b => b.Id == v.BenefitId && b.Code == Code))
            .OrderByDescending(v => v.EffectiveFrom).FirstOrDefaultAsync(ct);
        if (current is null) return NotFound();
        (Input.Rule, Input.Amount, Input.BasedOn) = (current.Rule, current.Amount, current.Id);
        PolicyId = await db.Benefits.Where(b => b.Code == Code).Select(b => b.PolicyId).FirstAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PolicyId = await db.Benefits.Where(b => b.Code == Code).Select(b => b.PolicyId).FirstOrDefaultAsync(ct);
        if (PolicyId == 0) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await handler.HandleAsync(Code, new ReviseRule(Input.Rule, Input.Amount, Input.EffectiveFrom, Input.BasedOn), ct);
            return Redirect($"/Policies/Detail/{PolicyId}");
        }
        catch (RuleInvalidException e)
        {
            var amount = e.Field.EndsWith("amount", StringComparison.Ordinal);
            if (amount) AmountCheck = new RuleEditorView("金额公式", Input.Amount ?? "", e.Errors);
            else RuleCheck = new RuleEditorView("条件", Input.Rule ?? "", e.Errors);
            ModelState.AddModelError(amount ? "Input.Amount" : "Input.Rule", "请按下方提示修改");
            return Page();
        }
        catch (Exception e) when (ModelState.TryAddDomainError(e, typeof(VersionInput)))
        {
            return Page();
        }
    }
}
