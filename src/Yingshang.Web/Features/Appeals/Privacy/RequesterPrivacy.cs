using System.Linq.Expressions;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Privacy;

/// <summary>
/// Who sees what of the requester (README.md, "Privacy"): phone numbers masked for everyone by default, the full
/// name and number only through an audited reveal by the roles that contact the requester, confidential identities
/// only to the 12345 centre, and free text whole only for those who may reveal (its digit runs masked for everyone else).
/// </summary>
public sealed class RequesterPrivacy(ICurrentUser user)
{
    public const string Hidden = "保密";

    private bool Centre => user.IsInRole(Roles.Operator) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    private bool DepartmentHandler => user.IsInRole(Roles.Handler) || user.IsInRole(Roles.DepartmentLead);

    /// <summary>The caller sees "保密" instead of a confidential requester's identity.</summary>
    public bool HidesIdentity(Appeal a) => a.RequesterConfidential && !Centre;

    public string Name(Appeal a) => HidesIdentity(a) ? Hidden : a.RequesterName;

    public string Phone(Appeal a) => HidesIdentity(a) ? Hidden : MaskPhone(a.RequesterPhone);

    /// <summary>
    /// The appeal's own free text: whole only for those who may reveal the requester's number (the centre; the lead
    /// department's staff when the requester is not 保密). Everyone else — Leaders, 协办 departments, the lead department of
    /// a confidential requester — reads its phone and ID numbers masked: a number typed into the content is the requester's.
    /// </summary>
    public string? Text(Appeal a, string? text) => Text(a.LeadDepartmentId, a.RequesterConfidential, text);

    /// <summary><see cref="Text(Appeal, string?)"/> for another appeal's text read without loading it (a merge's survivor's reply).</summary>
    public string? Text(int? leadDepartmentId, bool confidential, string? text) =>
        RevealRefusal(leadDepartmentId, confidential) is not null && text is not null ? PhoneMask.Mask(text) : text;

    /// <summary>
    /// The text search of the list. A query with a digit matches the content only of appeals whose content the caller reads
    /// whole (<see cref="Text(Appeal, string?)"/>): otherwise searching 1395555 would tell a Leader or a 协办 department the
    /// digits its masked view hides. Case number and address are searched for everyone.
    /// </summary>
    public Expression<Func<Appeal, bool>> TextMatch(string q)
    {
        // The same rule as RevealRefusal, as a query: every appeal for the centre, the lead department's own non-confidential ones.
        var everyContent = Centre || !q.Any(char.IsDigit);
        var lead = DepartmentHandler ? user.DepartmentId : null;
        return a => a.Number.Contains(q) || a.Address.Contains(q)
                    || ((everyContent || (lead != null && a.LeadDepartmentId == lead && !a.RequesterConfidential)) && a.Content.Contains(q));
    }

    /// <summary>Why the caller may not see the full name and number, or null when an (audited) reveal is allowed.</summary>
    public string? RevealRefusal(Appeal a) => RevealRefusal(a.LeadDepartmentId, a.RequesterConfidential);

    private string? RevealRefusal(int? leadDepartmentId, bool confidential)
    {
        if (Centre) return null;
        if (!DepartmentHandler || leadDepartmentId is not { } lead || user.DepartmentId != lead)
            return "只有 12345 热线中心和主办部门的承办人员可以查看诉求人完整联系方式。";
        return confidential ? "诉求人要求对承办部门保密身份，请通过 12345 热线中心联系诉求人。" : null;
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
