using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Visits;

public sealed record VisitIssueDto(string Content, int? AppealId, string? AppealNumber);

public sealed record VisitDto(
    int Id, string Uscc, string EnterpriseName, string VisitDate, string Officer, string OfficerName, string Participants, string Summary,
    string? ContactName, IReadOnlyList<VisitIssueDto> Issues, DateTime RecordedAt);

/// <summary>Visits of one enterprise or of one officer, latest visit first.</summary>
public sealed class VisitQueries(AppDbContext db)
{
    public Task<PagedResult<VisitDto>> OfEnterpriseAsync(string uscc, PageRequest page, CancellationToken ct) =>
        Page(db.EnterpriseVisits.Where(v => v.Uscc == uscc), page, ct);

    public Task<PagedResult<VisitDto>> OfOfficerAsync(string userName, PageRequest page, CancellationToken ct) =>
        Page(db.EnterpriseVisits.Where(v => v.OfficerUserName == userName), page, ct);

    private static async Task<PagedResult<VisitDto>> Page(IQueryable<EnterpriseVisit> query, PageRequest page, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.Id).ToPageAsync(page, ct);
        return new PagedResult<VisitDto>([.. rows.Items.Select(ToDto)], rows.Total, rows.Page, rows.PageSize);
    }

    public static VisitDto ToDto(EnterpriseVisit v) => new(v.Id, v.Uscc, v.EnterpriseName,
        v.VisitDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v.OfficerUserName, v.OfficerName, v.Participants,
        v.Summary, v.ContactName, [.. v.Issues.OrderBy(i => i.Id).Select(i => new VisitIssueDto(i.Content, i.AppealId, i.AppealNumber))], v.CreatedAt);
}
