namespace Yingshang.Web.Features.Policies.Grants;

public static class GrantTitles
{
    public static string Title(this GrantStatus status) => status switch
    {
        GrantStatus.AwaitingData => "待补充数据",
        GrantStatus.Notified => "待企业确认",
        GrantStatus.Confirmed => "待部门审批",
        GrantStatus.Declined => "企业已放弃",
        GrantStatus.Approved => "已审批",
        GrantStatus.Rejected => "不予通过",
        GrantStatus.Ineligible => "补充后不符合",
        GrantStatus.Paid => "已支付",
        _ => status.ToString(),
    };

    public static string Badge(this GrantStatus status) => status switch
    {
        GrantStatus.Paid => "ok",
        GrantStatus.Declined or GrantStatus.Rejected or GrantStatus.Ineligible => "bad",
        _ => "warn",
    };

    public static string Title(this PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => "待支付",
        PaymentStatus.Paid => "已支付",
        PaymentStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    /// <summary>Accepts the enum name (any case) or the Chinese title; null when empty, throws nothing.</summary>
    public static GrantStatus? ParseStatus(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : Enum.GetValues<GrantStatus>().Cast<GrantStatus?>().FirstOrDefault(s =>
            string.Equals(s.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase) || s!.Value.Title() == text.Trim());
}
