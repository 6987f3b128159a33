using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Browse;

public sealed record PolicyListItem(int Id, string Title, string Issuer, string Number, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? Theme, int Benefits,
    PolicyStatus Status);

/// <param name="Revision">Moves on with every saved edit; an edit names the revision it was made on (<see cref="Edit.EditPolicy"/>).</param>
public sealed record PolicyDetail(int Id, string Title, string Issuer, string Number, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? Theme,
    IReadOnlyList<BenefitDetail> Benefits, PolicyStatus Status, int Revision);

public sealed record BenefitDetail(int Id, string Code, string Name, BenefitKind Kind, BenefitMode Mode, string? Department, IReadOnlyList<VersionDetail> Versions);

public sealed record VersionDetail(int Id, string Rule, string? Amount, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>Filters of the policy list: text in title, number or issuer; in force at a date.</summary>
public sealed record PolicySearch(string? Q, DateOnly? InForceOn);

public sealed class PolicyQueries(AppDbContext db)
{
    public IQueryable<PolicyListItem> List(PolicySearch search)
    {
        var query = db.Policies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(p => p.Title.Contains(q) || p.Number.Contains(q) || p.Issuer.Contains(q) || p.Benefits.Any(b => b.Name.Contains(q) || b.Code == q));
        }
        if (search.InForceOn is { } d) query = query.Where(p => p.EffectiveFrom <= d && (p.EffectiveTo == null || p.EffectiveTo >= d));
        return query.OrderByDescending(p => p.EffectiveFrom).ThenBy(p => p.Id)
            .Select(p => new PolicyListItem(p.Id, p.Title, p.Issuer, p.Number, p.EffectiveFrom, p.EffectiveTo, p.Theme, p.Benefits.Count, p.Status));
    }

    public Task<PagedResult<PolicyListItem>> PageAsync(PolicySearch search, PageRequest page, CancellationToken ct) => List(search).ToPageAsync(page, ct);

    public async Task<PolicyDetail?> DetailAsync(int id, CancellationToken ct)
    {
        var p = await db.Policies.AsNoTracking().Include(x => x.Benefits).ThenInclude(b => b.Versions).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new PolicyDetail(p.Id, p.Title, p.Issuer, p.Number, p.EffectiveFrom, p.EffectiveTo, p.Theme,
            [.. p.Benefits.OrderBy(b => b.Code, StringComparer.Ordinal).Select(b => new BenefitDetail(b.Id, b.Code, b.Name, b.Kind, b.Mode, b.Department,
                [.. b.Versions.OrderByDescending(v => v.EffectiveFrom).Select(v => new VersionDetail(v.Id, v.Rule, v.Amount, v.EffectiveFrom, v.EffectiveTo))]))], p.Status, p.Version);
    }
}
