using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;
using Yingshang.Web.Features.Policies.MatchRuns;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Grants;

/// <summary>
/// Opens the 兑现 cases of a completed evaluation: eligible pairs of 免申即享 and 快申快享 benefits are notified for
/// confirmation, undetermined ones go to the 快申快享 queue. At most one case per enterprise × benefit × policy
/// period (unique index): a re-run, or a resumed one, skips the cases that exist.
/// </summary>
internal sealed class GrantIssuer(AppDbContext db, Notifier notifier, IEnterpriseDirectory directory, TimeProvider clock, ILogger<GrantIssuer> logger)
{
    private const int Batch = 200;

    public async Task<int> IssueAsync(MatchRun run, IReadOnlyList<FrozenBenefit> benefits, Lease lease, CancellationToken ct)
    {
        var automatic = benefits.Where(b => b.Mode is BenefitMode.Automatic or BenefitMode.FastTrack).ToList();
        var codes = automatic.Select(b => b.Code).ToList();
        var departmentCodes = await db.Benefits.AsNoTracking().Where(b => codes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, b => b.Department, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, ct);
        var policyIds = automatic.Select(b => b.PolicyId).Distinct().ToList();
        var periods = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.EffectiveFrom, ct);
        var opened = 0;
        foreach (var benefit in automatic)
        {
            if (departmentCodes.GetValueOrDefault(benefit.Code) is not { } code || !departments.TryGetValue(code, out var departmentId))
            {
                logger.LogWarning("Benefit {Benefit} has no paying department known to the organisation; no cases opened", benefit.Code);
                await db.Set<MatchRunBenefit>().Where(b => b.RunId == run.Id && b.BenefitCode == benefit.Code)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.NoPayingDepartment, true), ct);
                continue;
            }
            var context = new IssueContext(run, benefit, periods[benefit.PolicyId], departmentId, FrozenBenefits.Compile([benefit]));
            opened += await IssueBenefitAsync(context, lease, ct);
        }
        return opened;
    }

    private async Task<int> IssueBenefitAsync(IssueContext c, Lease lease, CancellationToken ct)
    {
        var opened = 0;
        var after = "";
        while (true)
        {
            var last = after;
            var rows = await (from r in db.Set<MatchRunResult>()
                              join e in db.Set<MatchRunEnterprise>() on new { r.RunId, r.Uscc } equals new { e.RunId, e.Uscc }
                              where r.RunId == c.Run.Id && r.BenefitCode == c.Benefit.Code && r.Uscc.CompareTo(last) > 0
                              orderby r.Uscc
                              select new Pair(r.Uscc, e.Name, e.County, r.Outcome, r.Amount)).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0) return opened;
            opened += await OpenWithRetryAsync(c, rows, lease, ct);
            after = rows[^1].Uscc;
        }
    }

    /// <summary>Two runs opening the same case at once: the loser's insert hits the unique index; it re-reads and skips it.</summary>
    private async Task<int> OpenWithRetryAsync(IssueContext c, List<Pair> rows, Lease lease, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await OpenBatchAsync(c, rows, lease, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> OpenBatchAsync(IssueContext c, List<Pair> rows, Lease lease, CancellationToken ct)
    {
        var usccs = rows.Select(r => r.Uscc).ToList();
        var existing = await db.Set<Grant>().IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.BenefitCode == c.Benefit.Code && g.PeriodFrom == c.PeriodFrom && usccs.Contains(g.Uscc))
            .Select(g => g.Uscc).ToListAsync(ct);
        var fresh = rows.Where(r => !existing.Contains(r.Uscc)).ToList();
        if (fresh.Count == 0) return 0;
        var undetermined = fresh.Where(r => r.Outcome == Outcome.Undetermined).Select(r => r.Uscc).ToList();
        var facts = undetermined.Count == 0 ? new Dictionary<string, EnterpriseFacts>() : await directory.FindManyAsync(undetermined, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in fresh)
        {
            var missing = r.Outcome == Outcome.Eligible || !facts.TryGetValue(r.Uscc, out var f) ? [] : Missing(c.Rules, f, c.Benefit.Code, c.Run.AsOf);
            if (r.Outcome == Outcome.Undetermined && missing.Count == 0) continue; // the register changed since: the next run decides
            var grant = Grant.Open(new GrantOpening(c.Run.Id, c.Benefit.Code, c.Benefit.Name, c.Benefit.PolicyId, c.PeriodFrom, c.Run.AsOf,
                c.DepartmentId, r.Uscc, r.Name, r.County, r.Amount, missing), now);
            db.Set<Grant>().Add(grant);
            notifier.Enqueue(NotificationChannel.Message, r.Uscc, grant.Status == GrantStatus.Notified ? "惠企政策免申即享：请确认" : "惠企政策快申快享：请补充数据",
                grant.Status == GrantStatus.Notified
                    ? $"{r.Name}：根据政策匹配，贵单位符合“{c.Benefit.Name}”的条件{(r.Amount is { } a ? $"，核定金额 {a:N2} 元" : "")}，请登录营商平台“我的惠企政策”确认或放弃。"
                    : $"{r.Name}：贵单位可能符合“{c.Benefit.Name}”的条件，但缺少 {string.Join("、", missing.Select(m => SupplementFields.Find(m)!.Title))} 等数据，请登录营商平台补充。",
                "PolicyGrant", $"{c.Benefit.Code}/{r.Uscc}");
        }
        if (await db.Set<MatchRun>().CountAsync(r => r.Id == c.Run.Id && r.LeaseHolder == lease.Token, ct) == 0) throw new LeaseLostException();
        var added = db.ChangeTracker.Entries<Grant>().Count();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return added;
    }

    /// <summary>The suppliable fields behind the rule's unknown conditions for one enterprise.</summary>
    public static List<string> Missing(RuleSet rules, EnterpriseFacts facts, string code, DateOnly asOf) =>
        [.. rules.Explain(PolicyEvaluator.ToFacts(facts), code, asOf).Conditions.Where(x => x.Result == Truth.Unknown)
            .Select(x => SupplementFields.SourceOf(x.Field)).OfType<string>().Distinct()];

    private sealed record Pair(string Uscc, string Name, string? County, Outcome Outcome, decimal? Amount);

    private sealed record IssueContext(MatchRun Run, FrozenBenefit Benefit, DateOnly PeriodFrom, int DepartmentId, RuleSet Rules);
}
