using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Create;

public sealed record CreatePolicy(string? Title, string? Issuer, string? Number, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    string? Theme, IReadOnlyList<BenefitRequest>? Benefits, bool? Draft = null);

public sealed record BenefitRequest(string? Code, string? Name, string? Kind, string? Mode, string? Department, string? Rule, string? Amount);

public sealed class CreatePolicyHandler(AppDbContext db)
{
    public async Task<Policy> HandleAsync(CreatePolicy request, CancellationToken ct)
    {
        // The policy's own fields are reported together; each benefit then stops at its first error.
        var errors = new FieldErrors();
        var policy = Policy.Issue(request.Title ?? "", request.Issuer ?? "", request.Number ?? "", request.EffectiveFrom, request.EffectiveTo,
            request.Theme, request.Draft == true, errors);
        var benefits = request.Benefits ?? [];
        if (benefits.Count == 0) errors.Add("benefits", "至少需要一个兑现事项");
        errors.ThrowIfAny();
        for (var i = 0; i < benefits.Count; i++)
        {
            var b = benefits[i] ?? throw new FieldValidationException($"benefits[{i}]", "兑现事项不能为空");
            policy.AddBenefit(new BenefitDraft(b.Code ?? "", b.Name ?? "", b.Kind, b.Mode, b.Department, b.Rule ?? "", b.Amount), $"benefits[{i}]");
        }
        await BenefitDepartments.CheckAsync(db, [.. benefits.Select(b => b.Department)], ct);
        await PolicyUniqueness.EnsureAsync(db, policy, ct);
        db.Policies.Add(policy);
        await PolicyUniqueness.SaveAsync(db, policy, ct);
        return policy;
    }
}
