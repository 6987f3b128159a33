using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Persistence;
using Facts = Yingshang.Eligibility.Data.EnterpriseFacts;

namespace Yingshang.Web.Features.Policies.Evaluate;

/// <summary>A benefit as it stands at a date: the policy and the rule version in force then.</summary>
public sealed record BenefitInForce(string Code, string Name, BenefitKind Kind, BenefitMode Mode, string PolicyTitle, string PolicyNumber, int PolicyId, string Rule, string? Amount);

/// <summary>Evaluates benefits for single enterprises (evaluate API, rule test page, calculator) with the engine's reference walk.</summary>
public sealed class PolicyEvaluator(AppDbContext db)
{
    /// <summary>Every benefit whose policy and a rule version are in force at asOf; optionally only one code.</summary>
    public async Task<IReadOnlyList<BenefitInForce>> InForceAsync(DateOnly asOf, string? code, CancellationToken ct)
    {
        var benefits = db.Benefits.AsNoTracking();
        if (code is not null) benefits = benefits.Where(b => b.Code == code);
        var query = from b in benefits
                    join p in db.Policies on b.PolicyId equals p.Id
                    join v in db.BenefitRuleVersions on b.Id equals v.BenefitId
                    where p.Status == PolicyStatus.Published && p.EffectiveFrom <= asOf && (p.EffectiveTo == null || p.EffectiveTo >= asOf)
                       && v.EffectiveFrom <= asOf && (v.EffectiveTo == null || v.EffectiveTo >= asOf)
                    select new BenefitInForce(b.Code, b.Name, b.Kind, b.Mode, p.Title, p.Number, p.Id, v.Rule, v.Amount);
        var list = await query.ToListAsync(ct);
        return [.. list.OrderBy(b => b.Code, StringComparer.Ordinal)];
    }

    public static RuleSet Compile(IEnumerable<BenefitInForce> benefits) =>
        RuleSet.Compile(benefits.Select(b => new BenefitRule(b.Code, b.Rule, b.Amount)));

    public static Facts ToFacts(EnterpriseFacts e) => new()
    {
        Kind = e.Kind.Title(),
        County = e.County,
        Industry = e.IndustryCode,
        Established = e.Established,
        RegisteredCapital = e.RegisteredCapital,
        Employees = e.Employees,
        InsuredEmployees = e.InsuredEmployees,
        Revenue = e.Revenue,
        TaxPaid = e.TaxPaid,
        TaxCredit = e.TaxCredit?.ToString(),
        Size = e.Size?.Title(),
        Tags = e.Tags,
        Abnormal = e.Abnormal,
        Dishonest = e.Dishonest,
        RiskClass = e.RiskClass?.ToString(),
    };
}
