using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed record BenefitCountBody(string Benefit, string Name, string Mode, int Eligible, int Ineligible, int Undetermined, decimal EligibleAmount,
    bool NoPayingDepartment);

public sealed record MatchRunBody(int Id, DateOnly AsOf, string Status, double Progress, int Processed, int Total, string? Fingerprint,
    DateTime CreatedAt, string CreatedBy, DateTime? StartedAt, DateTime? FinishedAt, int GrantsCreated, string? Error, IReadOnlyList<BenefitCountBody> Benefits);

public sealed record MatchRunListItem(int Id, DateOnly AsOf, string Status, double Progress, int Total, string? Fingerprint, DateTime CreatedAt, string CreatedBy, DateTime? FinishedAt);

public sealed record MatchResultItem(string Uscc, string Name, string? County, string Outcome, decimal? Amount);

/// <summary>Reads of match runs for the API and the pages.</summary>
public sealed class MatchRunQueries(AppDbContext db)
{
    public static string Word(MatchRunStatus status) => status.ToString().ToLowerInvariant();

    public static string Title(MatchRunStatus status) => status switch
    {
        MatchRunStatus.Queued => "排队中", MatchRunStatus.Running => "运行中", MatchRunStatus.Completed => "已完成", _ => "失败",
    };

    public async Task<MatchRunBody?> DetailAsync(int id, CancellationToken ct)
    {
        var run = await db.Set<MatchRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null) return null;
        var benefits = await db.Set<MatchRunBenefit>().AsNoTracking().Where(b => b.RunId == id).ToListAsync(ct);
        return new MatchRunBody(run.Id, run.AsOf, Word(run.Status), Math.Round(run.Progress, 4), run.Processed, run.Total, run.Fingerprint,
            run.CreatedAt, run.CreatedBy, run.StartedAt, run.FinishedAt, run.GrantsCreated, run.Error,
            [.. benefits.OrderBy(b => b.BenefitCode, StringComparer.Ordinal).Select(b => new BenefitCountBody(b.BenefitCode, b.BenefitName,
                b.Mode.Title(), b.Eligible, b.Ineligible, b.Undetermined, b.EligibleAmount, b.NoPayingDepartment))]);
    }

    public async Task<PagedResult<MatchRunListItem>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var result = await db.Set<MatchRun>().AsNoTracking().OrderByDescending(r => r.Id).ToPageAsync(page, ct);
        return new PagedResult<MatchRunListItem>([.. result.Items.Select(r => new MatchRunListItem(r.Id, r.AsOf, Word(r.Status),
            Math.Round(r.Progress, 4), r.Total, r.Fingerprint, r.CreatedAt, r.CreatedBy, r.FinishedAt))], result.Total, result.Page, result.PageSize);
    }

    /// <summary>The enterprises of one benefit and outcome, in USCC order; the ineligible are the run's enterprises without a stored pair.</summary>
    public async Task<IQueryable<MatchResultItem>> ResultsAsync(int runId, string? benefit, string? outcome, CancellationToken ct)
    {
        var code = benefit?.Trim();
        if (string.IsNullOrEmpty(code)) throw new FieldValidationException("benefit", "请指定兑现事项编码 benefit");
        if (!await db.Set<MatchRunBenefit>().AnyAsync(b => b.RunId == runId && b.BenefitCode == code, ct))
            throw new FieldValidationException("benefit", $"该匹配批次没有兑现事项“{code}”");
        var wanted = ParseOutcome(outcome);
        if (wanted == Outcome.Ineligible)
        {
            return from e in db.Set<MatchRunEnterprise>().AsNoTracking()
                   where e.RunId == runId && !db.Set<MatchRunResult>().Any(r => r.RunId == runId && r.BenefitCode == code && r.Uscc == e.Uscc)
                   orderby e.Uscc
                   select new MatchResultItem(e.Uscc, e.Name, e.County, "ineligible", null);
        }
        var word = wanted == Outcome.Eligible ? "eligible" : "undetermined";
        return from r in db.Set<MatchRunResult>().AsNoTracking()
               join e in db.Set<MatchRunEnterprise>() on new { r.RunId, r.Uscc } equals new { e.RunId, e.Uscc }
               where r.RunId == runId && r.BenefitCode == code && r.Outcome == wanted
               orderby r.Uscc
               select new MatchResultItem(r.Uscc, e.Name, e.County, word, r.Amount);
    }

    public static Outcome ParseOutcome(string? outcome) => (outcome?.Trim().ToLowerInvariant() ?? "eligible") switch
    {
        "" or "eligible" => Outcome.Eligible,
        "ineligible" => Outcome.Ineligible,
        "undetermined" => Outcome.Undetermined,
        _ => throw new FieldValidationException("outcome", "outcome 应为 eligible、ineligible 或 undetermined"),
    };
}
