using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Create;

public sealed record CreatePolicy(string? Title, string? Issuer, string? Number, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    string? Theme, IReadOnlyList<BenefitRequest>? Benefits, bool? Draft = null);

public sealed record BenefitRequest(string? Code, string? Name, string? Kind, string? Mode, string? Department, string? Rule, string? Amount);

public sealed class CreatePolicyHandler(AppDbContext db)
{
    /// <param name="validateOnly">Check every field and store nothing (the form found a rule it refuses); returns null.</param>
    public async Task<Policy?> HandleAsync(CreatePolicy request, CancellationToken ct, bool validateOnly = false)
    {
        // The policy's own fields and every benefit's are reported together.
        var errors = new PolicyErrors();
        var policy = Policy.Issue(request.Title ?? "", request.Issuer ?? "", request.Number ?? "", request.EffectiveFrom, request.EffectiveTo,
            request.Theme, request.Draft == true, errors.Fields);
        var benefits = request.Benefits ?? [];
        if (benefits.Count == 0) errors.Fields.Add("benefits", "至少需要一个兑现事项");
        for (var i = 0; i < benefits.Count; i++)
        {
            if (benefits[i] is not { } b) errors.Fields.Add($"benefits[{i}]", "兑现事项不能为空");
            else errors.Check(() => policy.AddBenefit(new BenefitDraft(b.Code ?? "", b.Name ?? "", b.Kind, b.Mode, b.Department, b.Rule ?? "", b.Amount), $"benefits[{i}]"));
        }
        await BenefitDepartments.CheckAsync(db, [.. benefits.Select(b => b?.Department)], errors.Fields, ct);
        errors.ThrowIfAny();
        if (validateOnly) return null;
        await PolicyUniqueness.EnsureAsync(db, policy, ct);
        db.Policies.Add(policy);
        await PolicyUniqueness.SaveAsync(db, policy, ct);
        return policy;
    }
}
