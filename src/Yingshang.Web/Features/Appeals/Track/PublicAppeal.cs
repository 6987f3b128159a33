using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Track;

public sealed record PublicVisitDto(string At, bool Unreachable, bool? Resolved, int? Satisfaction);

/// <summary>What the requester sees of their appeal: progress, no personal data and no internal notes.</summary>
public sealed record PublicAppealDto(
    string TrackingCode, string Number, string Status, string StatusTitle, string Type, string ReceivedAt, string? Department,
    DeadlinesDto Deadlines, string? Reply, string? RepliedAt, string? ClosedAt, PublicVisitDto? Visit, bool Merged, bool RatingOpen);

/// <summary>Finds an appeal by tracking code and the last four digits of the phone; any mismatch is the same "not found".</summary>
public sealed partial class PublicAppealReader(AppDbContext db, RatingInvitations ratings)
{
    public const string NotFound = "未找到与该查询码和手机号后 4 位匹配的诉求，请核对后重试。";

    /// <summary>The appeal's id, or null; 422 only for input that cannot be a code or four digits (that reveals nothing).</summary>
    public async Task<Appeal?> FindAsync(string? trackingCode, string? phone4, CancellationToken ct)
    {
        var code = trackingCode?.Trim().ToUpperInvariant() ?? "";
        if (!Code().IsMatch(code)) throw new FieldValidationException("trackingCode", "查询码为 10 位字母和数字，请核对受理时告知的查询码");
        var digits = phone4?.Trim() ?? "";
        if (!Digits().IsMatch(digits)) throw new FieldValidationException("phone4", "请填写联系电话的后 4 位数字");
        // Anonymous callers have no department scope: the tracking code and the digits are the authorisation.
        var appeal = await db.Appeals.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.TrackingCode == code, ct);
        return appeal is not null && appeal.RequesterPhone.EndsWith(digits, StringComparison.Ordinal) ? appeal : null;
    }

    public async Task<PublicAppealDto> ToDtoAsync(Appeal a, CancellationToken ct)
    {
        var survivor = a.MergedIntoId is { } into
            ? await db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == into)
                .Select(s => new { s.Reply, s.RepliedAt, s.ClosedAt, s.LeadDepartmentId }).FirstOrDefaultAsync(ct)
            : null;
        // A merged appeal follows its survivor: the department handling it now (none while the survivor waits for
        // dispatch), not the one it had before the merge.
        var departmentId = survivor is not null ? survivor.LeadDepartmentId : a.LeadDepartmentId;
        var department = departmentId is null ? null
            : await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).FirstOrDefaultAsync(ct);
        return new PublicAppealDto(a.TrackingCode, a.Number, a.Status.Code(), a.Status.Title(), a.Type.Title(),
            AppealReader.Iso(a.ReceivedAt)!, department,
            new DeadlinesDto(AppealReader.Iso(a.SignDueAt), AppealReader.Iso(a.ContactDueAt), AppealReader.Iso(a.CloseDueAt)),
            // The survivor's reply was written to another requester: numbers in it are theirs.
            a.Reply ?? (survivor?.Reply is { } other ? PhoneMask.Mask(other) : null), AppealReader.Iso(a.RepliedAt ?? survivor?.RepliedAt),
            AppealReader.Iso(a.ClosedAt ?? survivor?.ClosedAt),
            a.VisitedAt is { } v ? new PublicVisitDto(AppealReader.Iso(v)!, a.VisitUnreachable, a.VisitResolved, a.Satisfaction) : null,
            a.MergedIntoId is not null, a.Allows(AppealAction.Visit) && await ratings.IsOpenAsync(a.Id, ct));
    }

    [GeneratedRegex("^[0-9A-Z]{10}$")]
    private static partial Regex Code();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex Digits();
}
