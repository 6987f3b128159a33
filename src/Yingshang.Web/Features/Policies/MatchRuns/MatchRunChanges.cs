using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed record BenefitChangeCount(string Benefit, int NewlyEligible, int NoLongerEligible, int AmountChanged);

/// <summary>Init properties (not a positional record) so EF can filter, group and order on the projection.</summary>
public sealed record ChangeItem
{
    public string Benefit { get; init; } = "";
    public string Uscc { get; init; } = "";
    public string Name { get; init; } = "";
    public string Change { get; init; } = "";
    public decimal? PreviousAmount { get; init; }
    public decimal? Amount { get; init; }
}

public sealed record ChangesBody(int RunId, int? PreviousRunId, DateOnly? PreviousAsOf, IReadOnlyList<BenefitChangeCount> Benefits, PagedResult<ChangeItem> Items);

/// <summary>What changed since the previous completed run: newly eligible, no longer eligible, changed amount, per benefit.</summary>
public sealed class MatchRunChanges(AppDbContext db)
{
    public static readonly string[] Kinds = ["newlyEligible", "noLongerEligible", "amountChanged"];

    public async Task<ChangesBody?> ChangesAsync(int runId, string? benefit, string? kind, PageRequest page, CancellationToken ct)
    {
        var run = await db.Set<MatchRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return null;
        if (run.Status != MatchRunStatus.Completed) throw new BusinessRuleException("match-run.not-completed", "匹配批次尚未完成，无法比较变化");
        var change = string.IsNullOrWhiteSpace(kind) ? Kinds[0] : Kinds.FirstOrDefault(k => string.Equals(k, kind.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new FieldValidationException("kind", "kind 应为 newlyEligible、noLongerEligible 或 amountChanged");
        var previous = await db.Set<MatchRun>().AsNoTracking().Where(r => r.Id < runId && r.Status == MatchRunStatus.Completed)
            .OrderByDescending(r => r.Id).Select(r => new { r.Id, r.AsOf }).FirstOrDefaultAsync(ct);
        if (previous is null) return new ChangesBody(runId, null, null, [], new PagedResult<ChangeItem>([], 0, page.Page, page.PageSize));

        var (newly, lost, amount) = Queries(runId, previous.Id);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (query, i) in new[] { newly, lost, amount }.Select((q, i) => (q, i)))
            foreach (var g in await query.GroupBy(c => c.Benefit).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                (counts.TryGetValue(g.Key, out var c) ? c : counts[g.Key] = new int[3])[i] = g.Count;

        var items = change == Kinds[0] ? newly : change == Kinds[1] ? lost : amount;
        if (!string.IsNullOrWhiteSpace(benefit)) items = items.Where(c => c.Benefit == benefit.Trim());
        var paged = await items.OrderBy(c => c.Benefit).ThenBy(c => c.Uscc).ToPageAsync(page, ct);
        return new ChangesBody(runId, previous.Id, previous.AsOf,
            [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new BenefitChangeCount(c.Key, c.Value[0], c.Value[1], c.Value[2]))], paged);
    }

    private (IQueryable<ChangeItem> Newly, IQueryable<ChangeItem> Lost, IQueryable<ChangeItem> Amount) Queries(int runId, int previousId)
    {
        var results = db.Set<MatchRunResult>().AsNoTracking();
        var enterprises = db.Set<MatchRunEnterprise>().AsNoTracking();
        var now = results.Where(r => r.RunId == runId && r.Outcome == Outcome.Eligible);
        var before = results.Where(r => r.RunId == previousId && r.Outcome == Outcome.Eligible);
        var newly = from r in now
                    where !before.Any(p => p.BenefitCode == r.BenefitCode && p.Uscc == r.Uscc)
                    join e in enterprises on new { r.RunId, r.Uscc } equals new { e.RunId, e.Uscc }
                    select new ChangeItem { Benefit = r.BenefitCode, Uscc = r.Uscc, Name = e.Name, Change = "newlyEligible", Amount = r.Amount };
        var lost = from p in before
                   where !now.Any(r => r.BenefitCode == p.BenefitCode && r.Uscc == p.Uscc)
                   join e in enterprises on new { p.RunId, p.Uscc } equals new { e.RunId, e.Uscc }
                   select new ChangeItem { Benefit = p.BenefitCode, Uscc = p.Uscc, Name = e.Name, Change = "noLongerEligible", PreviousAmount = p.Amount };
        var amount = from r in now
                     join p in before on new { r.BenefitCode, r.Uscc } equals new { p.BenefitCode, p.Uscc }
                     where r.Amount != p.Amount
                     join e in enterprises on new { r.RunId, r.Uscc } equals new { e.RunId, e.Uscc }
                     select new ChangeItem { Benefit = r.BenefitCode, Uscc = r.Uscc, Name = e.Name, Change = "amountChanged", PreviousAmount = p.Amount, Amount = r.Amount };
        return (newly, lost, amount);
    }
}
