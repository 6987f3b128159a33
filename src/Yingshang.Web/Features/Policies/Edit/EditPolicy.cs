using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Edit;

/// <summary>
/// The whole policy as it should be: benefits with an id are changed, without one added, missing ones removed (drafts only).
/// <paramref name="Revision"/> is the policy's revision the edit was made on; when another edit was saved since, this one is
/// refused (409) instead of silently undoing it. Without it the edit applies to whatever is stored.
/// </summary>
public sealed record EditPolicy(string? Title, string? Issuer, string? Number, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    string? Theme, IReadOnlyList<BenefitEdit>? Benefits, int? Revision = null);

/// <summary>One benefit; on a published policy a changed rule or amount needs <paramref name="RuleEffectiveFrom"/> (a new version).</summary>
public sealed record BenefitEdit(int? Id, string? Code, string? Name, string? Kind, string? Mode, string? Department, string? Rule, string? Amount,
    DateOnly? RuleEffectiveFrom);

public sealed class EditPolicyHandler(AppDbContext db)
{
    /// <summary>Null when no policy has the id.</summary>
    /// <param name="validateOnly">Check every field and store nothing (the form found a rule it refuses).</param>
    public async Task<Policy?> HandleAsync(int id, EditPolicy request, CancellationToken ct, bool validateOnly = false)
    {
        var policy = await db.Policies.Include(p => p.Benefits).ThenInclude(b => b.Versions).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null) return null;
        // The save's UPDATE of the policy checks this revision, also when only its benefits changed, and moves it on.
        if (request.Revision is { } seen) policy.Version = seen;
        db.CheckVersionOnSave(policy);
        var errors = new PolicyErrors();
        policy.Describe(request.Title ?? "", request.Issuer ?? "", request.Number ?? "", request.EffectiveFrom, request.EffectiveTo, request.Theme, errors.Fields);
        var edits = request.Benefits ?? [];
        if (edits.Count == 0) errors.Fields.Add("benefits", "至少需要一个兑现事项");
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i] is null) errors.Fields.Add($"benefits[{i}]", "兑现事项不能为空");
            else if (edits[i].Id is { } bid && policy.Benefits.All(b => b.Id != bid))
                errors.Fields.Add($"benefits[{i}].id", "该兑现事项不属于此政策");
        }
        errors.ThrowIfAny();
        foreach (var gone in policy.Benefits.Where(b => edits.All(e => e.Id != b.Id)).ToList()) policy.RemoveBenefit(gone);
        // Every benefit's mistakes are named together (nothing is saved when there is one).
        var mustBeKnown = new string?[edits.Count];
        for (var i = 0; i < edits.Count; i++)
        {
            var e = edits[i];
            var draft = new BenefitDraft(e.Code ?? "", e.Name ?? "", e.Kind, e.Mode, e.Department, e.Rule ?? "", e.Amount);
            if (e.Id is { } bid)
            {
                var benefit = policy.Benefits.First(b => b.Id == bid);
                var stored = benefit.Department;
                if (errors.Check(() => { policy.ChangeBenefit(benefit, draft, e.RuleEffectiveFrom, $"benefits[{i}]"); return benefit; }) is null) continue;
                // A 依申请 benefit keeps a department stored before the list existed (free text) until someone changes it.
                mustBeKnown[i] = benefit.Mode == BenefitMode.OnApplication && benefit.Department == stored ? null : benefit.Department;
            }
            else mustBeKnown[i] = errors.Check(() => policy.AddBenefit(draft, $"benefits[{i}]", e.RuleEffectiveFrom))?.Department;
        }
        await BenefitDepartments.CheckAsync(db, mustBeKnown, errors.Fields, ct);
        errors.ThrowIfAny();
        if (validateOnly) return policy;
        await PolicyUniqueness.EnsureAsync(db, policy, ct);
        await PolicyUniqueness.SaveAsync(db, policy, ct);
        return policy;
    }
}
