using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.HotIssues;

public sealed record MarkTypicalCase(string? Title, string? Note, IReadOnlyList<int>? AppealIds);

public sealed record TypicalCaseAppealDto(int Id, string Number, string ReceivedAt, string County, string StatusTitle, string Summary);

public sealed record TypicalCaseDto(
    int Id, string Title, string Note, string Kind, string Status, string MarkedBy, string MarkedAt, string? WithdrawnBy, string? WithdrawnAt,
    int Version, IReadOnlyList<TypicalCaseAppealDto> Appeals);

/// <summary>Marks, lists and withdraws 典型案例 candidates.</summary>
public sealed class TypicalCaseStore(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<TypicalCaseDto> MarkAsync(MarkTypicalCase request, CancellationToken ct)
    {
        var ids = (request.AppealIds ?? []).Distinct().ToList();
        var candidate = new TypicalCase(request.Title ?? "", request.Note ?? "", ids);
        var found = await db.Appeals.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        if (ids.Except(found).Select(i => (int?)i).FirstOrDefault() is { } missing)
            throw new FieldValidationException("appealIds", $"诉求 {missing} 不存在");
        db.TypicalCases.Add(candidate);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(candidate.Id, ct))!;
    }

    public async Task<TypicalCaseDto?> WithdrawAsync(int id, CancellationToken ct)
    {
        if (await db.TypicalCases.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } candidate) return null;
        candidate.Withdraw(clock.GetUtcNow().UtcDateTime, user.Name);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<TypicalCaseDto?> GetAsync(int id, CancellationToken ct) =>
        (await ToDtosAsync(await db.TypicalCases.AsNoTracking().Where(c => c.Id == id).ToListAsync(ct), ct)).FirstOrDefault();

    /// <summary>status: active (default), withdrawn or all; newest first.</summary>
    public async Task<PagedResult<TypicalCaseDto>> ListAsync(string? status, PageRequest page, CancellationToken ct)
    {
        var result = await Filtered(status).ToPageAsync(page, ct);
        return new PagedResult<TypicalCaseDto>(await ToDtosAsync(result.Items, ct), result.Total, result.Page, result.PageSize);
    }

    /// <summary>The whole filtered list for its export, at most <paramref name="max"/> candidates, in the list's order.</summary>
    public async Task<List<TypicalCaseDto>> AllAsync(string? status, int max, CancellationToken ct) =>
        await ToDtosAsync(await Filtered(status).Take(max).ToListAsync(ct), ct);

    private IQueryable<TypicalCase> Filtered(string? status)
    {
        var query = db.TypicalCases.AsNoTracking();
        query = (status?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "active" => query.Where(c => c.WithdrawnAt == null),
            "withdrawn" => query.Where(c => c.WithdrawnAt != null),
            "all" => query,
            _ => throw new FieldValidationException("status", "status 须为 active（有效）、withdrawn（已撤回）或 all"),
        };
        return query.OrderByDescending(c => c.Id);
    }

    private async Task<List<TypicalCaseDto>> ToDtosAsync(IReadOnlyList<TypicalCase> cases, CancellationToken ct)
    {
        var ids = cases.SelectMany(c => c.Appeals.Select(a => a.AppealId)).Distinct().ToList();
        var appeals = await db.Appeals.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, a.ReceivedAt, a.RegionId, a.Status, a.Content }).ToListAsync(ct);
        var counties = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var byId = appeals.ToDictionary(a => a.Id, a => new TypicalCaseAppealDto(a.Id, a.Number, AppealReader.Iso(a.ReceivedAt)!,
            counties.GetValueOrDefault(a.RegionId, ""), a.Status.Title(), Platform.Notifications.PhoneMask.MaskAndCut(a.Content, 60)));
        return [.. cases.Select(c => new TypicalCaseDto(c.Id, c.Title, c.Note, c.IsCluster ? "cluster" : "appeal",
            c.WithdrawnAt is null ? "active" : "withdrawn", c.CreatedBy, AppealReader.Iso(c.CreatedAt)!, c.WithdrawnBy, AppealReader.Iso(c.WithdrawnAt),
            c.Version, [.. c.Appeals.Where(a => byId.ContainsKey(a.AppealId)).Select(a => byId[a.AppealId])]))];
    }
}
