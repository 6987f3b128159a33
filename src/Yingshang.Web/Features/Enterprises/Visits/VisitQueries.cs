using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Visits;

public sealed record VisitIssueDto(string Content, int? AppealId, string? AppealNumber);

public sealed record VisitDto(
    int Id, string Uscc, string EnterpriseName, string VisitDate, string Officer, string OfficerName, string Participants, string Summary,
    string? ContactName, IReadOnlyList<VisitIssueDto> Issues, DateTime RecordedAt);

/// <summary>One line of the "导出Excel" file of the officer's visits.</summary>
public sealed record VisitExportRow(
    [property: MiniExcelLibs.Attributes.ExcelColumnName("走访日期")] string VisitDate,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("企业")] string Enterprise,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("统一社会信用代码")] string Uscc,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("参加人员")] string Participants,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("企业联系人")] string Contact,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("走访情况")] string Summary,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("收集的问题")] string Issues)
{
    public static VisitExportRow From(VisitDto v) => new(v.VisitDate, v.EnterpriseName, v.Uscc, v.Participants, v.ContactName ?? "", v.Summary,
        string.Join("；", v.Issues.Select(i => i.AppealNumber is null ? i.Content : $"{i.Content}（诉求 {i.AppealNumber}）")));
}

/// <summary>Visits of one enterprise or of one officer, latest visit first.</summary>
public sealed class VisitQueries(AppDbContext db)
{
    public Task<PagedResult<VisitDto>> OfEnterpriseAsync(string uscc, PageRequest page, CancellationToken ct) =>
        Page(db.EnterpriseVisits.Where(v => v.Uscc == uscc), page, ct);

    public Task<PagedResult<VisitDto>> OfOfficerAsync(string userName, PageRequest page, CancellationToken ct) =>
        Page(db.EnterpriseVisits.Where(v => v.OfficerUserName == userName), page, ct);

    /// <summary>The officer's whole list for its export, at most <paramref name="max"/> visits, in the list's order.</summary>
    public async Task<List<VisitDto>> AllOfOfficerAsync(string userName, int max, CancellationToken ct) =>
        [.. (await db.EnterpriseVisits.AsNoTracking().Where(v => v.OfficerUserName == userName)
            .OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.Id).Take(max).ToListAsync(ct)).Select(ToDto)];

    private static async Task<PagedResult<VisitDto>> Page(IQueryable<EnterpriseVisit> query, PageRequest page, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.Id).ToPageAsync(page, ct);
        return new PagedResult<VisitDto>([.. rows.Items.Select(ToDto)], rows.Total, rows.Page, rows.PageSize);
    }

    public static VisitDto ToDto(EnterpriseVisit v) => new(v.Id, v.Uscc, v.EnterpriseName,
        v.VisitDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v.OfficerUserName, v.OfficerName, v.Participants,
        v.Summary, v.ContactName, [.. v.Issues.OrderBy(i => i.Id).Select(i => new VisitIssueDto(i.Content, i.AppealId, i.AppealNumber))], v.CreatedAt);
}
