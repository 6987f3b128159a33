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
        var from = request.EffectiveFrom ?? throw new FieldValidationException("effectiveFrom", "生效日期不能为空");
        var policy = Policy.Issue(request.Title ?? "", request.Issuer ?? "", request.Number ?? "", from, request.EffectiveTo, request.Theme, request.Draft == true);
        var benefits = request.Benefits ?? [];
        if (benefits.Count == 0) throw new FieldValidationException("benefits", "至少需要一个兑现事项");
        for (var i = 0; i < benefits.Count; i++)
        {
            var b = benefits[i];
            policy.AddBenefit(new BenefitDraft(b.Code ?? "", b.Name ?? "", b.Kind, b.Mode, b.Department, b.Rule ?? "", b.Amount), $"benefits[{i}]");
        }
        await BenefitDepartments.CheckAsync(db, [.. benefits.Select(b => b.Department)], ct);
        var codes = policy.Benefits.Select(b => b.Code).ToList();
        var taken = await db.Benefits.Where(b => codes.Contains(b.Code)).Select(b => b.Code).FirstOrDefaultAsync(ct);
        if (taken is not null) throw new BusinessRuleException("benefit-code-taken", $"兑现事项编码“{taken}”已被其他政策使用");
        if (await db.Policies.AnyAsync(p => p.Number == policy.Number && p.Issuer == policy.Issuer, ct))
            throw new BusinessRuleException("policy-number-taken", $"{policy.Issuer} 的文号“{policy.Number}”已登记");
        db.Policies.Add(policy);
        await db.SaveChangesAsync(ct);
        return policy;
    }
}
