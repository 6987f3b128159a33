using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>A benefit as a run uses it: the rule version in force at the run's date, fixed for the whole run.</summary>
internal sealed record FrozenBenefit(string Code, string Name, BenefitMode Mode, int PolicyId, int VersionId, string Rule, string? Amount);

internal static class FrozenBenefits
{
    /// <summary>Every benefit whose policy and a rule version are in force at asOf.</summary>
    public static async Task<List<FrozenBenefit>> InForceAsync(AppDbContext db, DateOnly asOf, CancellationToken ct)
    {
        var query = from b in db.Benefits.AsNoTracking()
                    join p in db.Policies on b.PolicyId equals p.Id
                    join v in db.BenefitRuleVersions on b.Id equals v.BenefitId
                    where p.Status == PolicyStatus.Published && p.EffectiveFrom <= asOf && (p.EffectiveTo == null || p.EffectiveTo >= asOf)
                       && v.EffectiveFrom <= asOf && (v.EffectiveTo == null || v.EffectiveTo >= asOf)
                    select new FrozenBenefit(b.Code, b.Name, b.Mode, p.Id, v.Id, v.Rule, v.Amount);
        return [.. (await query.ToListAsync(ct)).OrderBy(b => b.Code, StringComparer.Ordinal)];
    }

    /// <summary>The benefits a run froze when it started, with their rule text (versions are never edited).</summary>
    public static async Task<List<FrozenBenefit>> OfRunAsync(AppDbContext db, int runId, CancellationToken ct)
    {
        var query = from m in db.Set<MatchRunBenefit>().AsNoTracking()
                    join v in db.BenefitRuleVersions on m.RuleVersionId equals v.Id
                    where m.RunId == runId
                    select new FrozenBenefit(m.BenefitCode, m.BenefitName, m.Mode, m.PolicyId, v.Id, v.Rule, v.Amount);
        return [.. (await query.ToListAsync(ct)).OrderBy(b => b.Code, StringComparer.Ordinal)];
    }

    public static RuleSet Compile(IEnumerable<FrozenBenefit> benefits) =>
        RuleSet.Compile(benefits.Select(b => new BenefitRule(b.Code, b.Rule, b.Amount)));
}
