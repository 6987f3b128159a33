using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Eligibility.Data;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;
using Facts = Yingshang.Web.Features.Enterprises.Contracts.EnterpriseFacts;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>The claimed run lost its lease to another instance (this one overran it): stop without writing.</summary>
internal sealed class LeaseLostException() : Exception("The match run's lease was taken over by another instance.");

/// <summary>
/// Runs one claimed match run: freezes the benefits, evaluates the register in chunks of <see cref="ChunkSize"/> in
/// USCC order (each chunk's results, counts, cursor and hash committed together, renewing the lease), opens the
/// 兑现 cases, completes. Restarting after a crash continues after the stored cursor.
/// </summary>
internal sealed class MatchRunExecutor(AppDbContext db, IEnterpriseDirectory directory, GrantIssuer issuer, TimeProvider clock)
{
    public const int ChunkSize = 2000;

    public async Task ExecuteAsync(int runId, Lease lease, TimeSpan leaseFor, CancellationToken ct)
    {
        var run = await db.Set<MatchRun>().AsNoTracking().SingleAsync(r => r.Id == runId, ct);
        var benefits = await FreezeAsync(run, lease, ct);
        var rules = FrozenBenefits.Compile(benefits);
        var counts = await db.Set<MatchRunBenefit>().AsNoTracking().Where(m => m.RunId == runId).ToDictionaryAsync(m => m.BenefitCode, ct);
        var state = new ChunkState(run.Processed, run.Cursor, new RegisterHash(run.RegisterHash));
        var chunk = new List<Facts>(ChunkSize);
        await foreach (var e in directory.StreamAsync(new EnterpriseFilter(), ct))
        {
            if (run.Cursor is not null && string.CompareOrdinal(e.Uscc, run.Cursor) <= 0) continue;
            chunk.Add(e);
            if (chunk.Count < ChunkSize) continue;
            await StoreAsync(run, chunk, rules, counts, state, lease, leaseFor, ct);
            chunk.Clear();
        }
        if (chunk.Count > 0) await StoreAsync(run, chunk, rules, counts, state, lease, leaseFor, ct);

        var opened = await issuer.IssueAsync(run, benefits, lease, ct);
        var tracked = await db.Set<MatchRun>().SingleAsync(r => r.Id == runId, ct);
        if (tracked.LeaseHolder != lease.Token) throw new LeaseLostException();
        tracked.Complete(RegisterHash.Fingerprint(run.AsOf, benefits, state.Hash.Hex), opened, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<FrozenBenefit>> FreezeAsync(MatchRun run, Lease lease, CancellationToken ct)
    {
        if (await db.Set<MatchRunBenefit>().AnyAsync(m => m.RunId == run.Id, ct)) return await FrozenBenefits.OfRunAsync(db, run.Id, ct);
        var benefits = await FrozenBenefits.InForceAsync(db, run.AsOf, ct);
        var total = await directory.CountAsync(new EnterpriseFilter(), ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await Touch(run.Id, lease, s => s.SetProperty(r => r.Total, total).SetProperty(r => r.StartedAt, clock.GetUtcNow().UtcDateTime), ct);
        db.Set<MatchRunBenefit>().AddRange(benefits.Select(b => new MatchRunBenefit
        {
            RunId = run.Id, BenefitCode = b.Code, BenefitName = b.Name, Mode = b.Mode, PolicyId = b.PolicyId, RuleVersionId = b.VersionId,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return benefits;
    }

    private async Task StoreAsync(MatchRun run, List<Facts> chunk, RuleSet rules, Dictionary<string, MatchRunBenefit> counts,
        ChunkState state, Lease lease, TimeSpan leaseFor, CancellationToken ct)
    {
        var result = rules.Evaluate(Register.Build([.. chunk.Select(PolicyEvaluator.ToFacts)]), run.AsOf);
        var rows = new List<MatchRunResult>();
        foreach (var code in rules.Benefits)
        {
            var b = rules.IndexOf(code);
            var count = counts[code];
            count.Ineligible += result.Count(b, Outcome.Ineligible);
            foreach (var i in result.Enterprises(b, Outcome.Eligible))
            {
                var amount = ResultWriter.Normalise(result.Explain(i, b).Amount);
                count.Eligible++;
                count.EligibleAmount += amount ?? 0;
                rows.Add(new MatchRunResult { RunId = run.Id, BenefitCode = code, Uscc = chunk[i].Uscc, Outcome = Outcome.Eligible, Amount = amount });
            }
            foreach (var i in result.Enterprises(b, Outcome.Undetermined))
            {
                count.Undetermined++;
                rows.Add(new MatchRunResult { RunId = run.Id, BenefitCode = code, Uscc = chunk[i].Uscc, Outcome = Outcome.Undetermined });
            }
        }
        foreach (var e in chunk) state.Hash.Add(e);
        state.Processed += chunk.Count;
        state.Cursor = chunk[^1].Uscc;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var until = clock.GetUtcNow().UtcDateTime + leaseFor;
        await Touch(run.Id, lease, s => s.SetProperty(r => r.Processed, state.Processed).SetProperty(r => r.Cursor, state.Cursor)
            .SetProperty(r => r.RegisterHash, state.Hash.Hex).SetProperty(r => r.LeaseUntil, until), ct);
        await ResultWriter.InsertAsync(db, [.. chunk.Select(e => new MatchRunEnterprise { RunId = run.Id, Uscc = e.Uscc, Name = e.Name, County = e.County })], ct);
        await ResultWriter.InsertAsync(db, rows, ct);
        foreach (var c in counts.Values)
            await db.Set<MatchRunBenefit>().Where(m => m.RunId == run.Id && m.BenefitCode == c.BenefitCode).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Eligible, c.Eligible).SetProperty(m => m.Ineligible, c.Ineligible)
                .SetProperty(m => m.Undetermined, c.Undetermined).SetProperty(m => m.EligibleAmount, c.EligibleAmount), ct);
        await tx.CommitAsync(ct);
    }

    private async Task Touch(int runId, Lease lease, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<MatchRun>> set, CancellationToken ct)
    {
        var changed = await db.Set<MatchRun>().Where(r => r.Id == runId && r.LeaseHolder == lease.Token).ExecuteUpdateAsync(set, ct);
        if (changed == 0) throw new LeaseLostException();
    }

    private sealed class ChunkState(int processed, string? cursor, RegisterHash hash)
    {
        public int Processed { get; set; } = processed;
        public string? Cursor { get; set; } = cursor;
        public RegisterHash Hash { get; } = hash;
    }
}
