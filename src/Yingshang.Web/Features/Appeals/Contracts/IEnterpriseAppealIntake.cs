namespace Yingshang.Web.Features.Appeals.Contracts;

/// <summary>An issue raised during a 联企走访, submitted as an appeal with channel <c>visit</c> linked to the enterprise.</summary>
/// <param name="Type">咨询、求助、投诉、举报、建议 or 表扬.</param>
/// <param name="County">The county's code or name (the enterprise's county).</param>
/// <param name="OfficerUserName">The 首席服务员 who filed it (user name): the appeal's receiver, also when the system files it (demo data).</param>
/// <param name="OfficerName">That officer's display name, shown in the appeal's history.</param>
public sealed record VisitIssueAppeal(
    string Uscc, string Content, string Type, string? Category, string County, string? Address, string RequesterName, string RequesterPhone,
    string OfficerUserName, string OfficerName);

public sealed record SubmittedAppeal(int Id, string Number);

/// <summary>
/// Appeals' intake for other capabilities. Field errors are thrown as <c>FieldValidationException</c> with the appeal's
/// field names; the caller is checked by its own capability (the visit's officer), not here. Joins the caller's transaction.
/// </summary>
public interface IEnterpriseAppealIntake
{
    Task<SubmittedAppeal> SubmitVisitIssueAsync(VisitIssueAppeal issue, CancellationToken ct);
}
