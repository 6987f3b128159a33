using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Edit;

/// <summary>What the new and edit pages share: the form, the checker's caret errors per rule, and mapping domain errors to fields.</summary>
public abstract class PolicyFormPage(AppDbContext db) : PageModel
{
    [BindProperty] public PolicyForm Input { get; set; } = new();

    /// <summary>The departments a benefit may name as its payer, for the form's list.</summary>
    public IReadOnlyList<Organisation.DepartmentOption> Departments { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Departments = await Organisation.DepartmentOptions.LoadAsync(db, HttpContext.RequestAborted);
        await next();
    }

    /// <summary>Checker errors keyed by the field's name (Input.Benefits[0].Rule), shown under that field.</summary>
    public Dictionary<string, RuleEditorView> RuleChecks { get; } = new(StringComparer.Ordinal);

    public PolicyStatus Status { get; protected set; } = PolicyStatus.Draft;

    /// <summary>Checks every rule and amount at once, so that one save shows all of them.</summary>
    protected bool CheckRules()
    {
        var valid = true;
        for (var i = 0; i < Input.Benefits.Count; i++)
        {
            var b = Input.Benefits[i];
            valid &= Check($"Input.Benefits[{i}].Rule", RuleEditorView.Check("条件", b.Rule, amount: false));
            if (!string.IsNullOrWhiteSpace(b.Amount)) valid &= Check($"Input.Benefits[{i}].Amount", RuleEditorView.Check("金额公式", b.Amount, amount: true));
        }
        return valid;
    }

    private bool Check(string key, RuleEditorView view)
    {
        if (view.Errors.Count == 0) return true;
        RuleChecks[key] = view;
        ModelState.AddModelError(key, $"{view.Label}有误，请按下方提示修改");
        return false;
    }

    /// <summary>Puts a domain error at its field (benefits[0].rule → Input.Benefits[0].Rule); true when handled.</summary>
    protected bool ShowError(Exception error)
    {
        switch (error)
        {
            case RuleInvalidException e when RuleChecks.ContainsKey(Key(e.Field)):
                return true;                                      // the form's own check already shows it
            case RuleInvalidException e:
                var key = Key(e.Field);
                var amount = e.Field.EndsWith("amount", StringComparison.Ordinal);
                var text = ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;
                RuleChecks[key] = new RuleEditorView(amount ? "金额公式" : "条件", text ?? "", e.Errors);
                ModelState.AddModelError(key, "请按下方提示修改");
                return true;
            case FieldValidationException e:
                foreach (var (field, message) in e.Errors) ModelState.AddModelError(Key(field), message);
                return true;
            case BusinessRuleException e:
                ModelState.AddModelError("", e.Message);
                return true;
            case Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException:
                ModelState.AddModelError("", "该政策在您读取之后已被他人修改，请刷新页面后重试。");
                return true;
            default:
                return false;
        }
    }

    private static string Key(string field) =>
        "Input." + string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..]));

    public async Task<IActionResult> OnPostAddBenefitAsync(CancellationToken ct)
    {
        if (Input.Benefits.Count < PolicyForm.MaxBenefits) Input.Benefits.Add(new BenefitForm());
        ModelState.Clear(); // adding a row is not saving: no "required" messages yet
        return await PrepareAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveBenefitAsync(int index, CancellationToken ct)
    {
        if (index >= 0 && index < Input.Benefits.Count && Input.Benefits.Count > 1) Input.Benefits.RemoveAt(index);
        ModelState.Clear(); // the rows after the removed one moved up: their posted values would otherwise show at the wrong row
        return await PrepareAsync(ct);
    }

    /// <summary>Loads what the page shows besides the form (the policy's status) and renders it; 404 when the policy is gone.</summary>
    protected abstract Task<IActionResult> PrepareAsync(CancellationToken ct);

    /// <summary>Whether the benefit row may be removed: any row of a draft, only new rows of a published policy.</summary>
    public bool CanRemove(BenefitForm b) => Input.Benefits.Count > 1 && (Status == PolicyStatus.Draft || b.Id is null);
}
