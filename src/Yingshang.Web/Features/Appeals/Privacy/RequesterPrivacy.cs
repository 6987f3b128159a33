using System.Linq.Expressions;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Privacy;

/// <summary>
/// Who sees what of the requester (README.md, "Privacy"): phone numbers masked for everyone by default, the full
/// name and number only through an audited reveal by the roles that contact the requester, confidential identities
/// only to the 12345 centre, and free text with its digit runs masked for the Leader.
/// </summary>
public sealed class RequesterPrivacy(ICurrentUser user)
{
    public const string Hidden = "保密";

    private bool Centre => user.IsInRole(Roles.Operator) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    private bool DepartmentHandler => user.IsInRole(Roles.Handler) || user.IsInRole(Roles.DepartmentLead);

    /// <summary>The caller sees "保密" instead of a confidential requester's identity.</summary>
    public bool HidesIdentity(Appeal a) => a.RequesterConfidential && !Centre;

    /// <summary>Leaders read the appeals for oversight only: phone and ID numbers in the free text are masked too.</summary>
    public bool MasksText => !Centre && !DepartmentHandler;

    public string Name(Appeal a) => HidesIdentity(a) ? Hidden : a.RequesterName;

    public string Phone(Appeal a) => HidesIdentity(a) ? Hidden : MaskPhone(a.RequesterPhone);

    public string? Text(string? text) => MasksText && text is not null ? PhoneMask.Mask(text) : text;

    /// <summary>
    /// The appeal's own free text: masked as <see cref="Text(string?)"/>, and also wherever its requester is "保密" to the
    /// caller, since a number typed into the content would name the requester the department may not know.
    /// </summary>
    public string? Text(Appeal a, string? text) => (MasksText || HidesIdentity(a)) && text is not null ? PhoneMask.Mask(text) : text;

    /// <summary>Why the caller may not see the full name and number, or null when an (audited) reveal is allowed.</summary>
    public string? RevealRefusal(Appeal a)
    {
        if (Centre) return null;
        if (!DepartmentHandler || a.LeadDepartmentId is not { } lead || user.DepartmentId != lead)
            return "只有 12345 热线中心和主办部门的承办人员可以查看诉求人完整联系方式。";
        return a.RequesterConfidential ? "诉求人要求对承办部门保密身份，请通过 12345 热线中心联系诉求人。" : null;
    }

    /// <summary>The appeals an exact phone search may find for the caller: none for Leaders, no confidential ones for departments.</summary>
    public Expression<Func<Appeal, bool>>? PhoneMatch(string phone)
    {
        if (Centre) return a => a.RequesterPhone == phone;
        if (!DepartmentHandler || user.DepartmentId is not { } department) return null;
        return a => a.RequesterPhone == phone && !a.RequesterConfidential && a.LeadDepartmentId == department;
    }

    /// <summary>13812345678 → 138****5678; 0871-61234567 → 0871-****4567; anything else keeps only its last four characters.</summary>
    public static string MaskPhone(string phone)
    {
        if (phone.Length <= 4) return new string('*', phone.Length);
        var dash = phone.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0) return phone[..(dash + 1)] + new string('*', Math.Max(0, phone.Length - dash - 5)) + phone[^4..];
        var keep = phone.Length == 11 && phone[0] == '1' ? 3 : Math.Min(4, phone.Length - 4);
        return phone[..keep] + new string('*', phone.Length - keep - 4) + phone[^4..];
    }
}
