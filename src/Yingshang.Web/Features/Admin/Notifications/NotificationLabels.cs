using System.Globalization;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Admin.Notifications;

public static class NotificationLabels
{
    public static string Status(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "待发送", OutboxStatus.Sending => "发送中", OutboxStatus.Sent => "已发送", _ => "发送失败",
    };

    /// <summary>The badge class: colour backs up the words, never replaces them.</summary>
    public static string Badge(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "ok", OutboxStatus.Failed => "bad", _ => "warn",
    };

    public static string Channel(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Sms => "短信", NotificationChannel.Message => "站内消息", _ => "Webhook",
    };

    public static string Time(DateTime? utc) =>
        utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";
}

/// <summary>One line of the "导出Excel" file.</summary>
public sealed record NotificationExportRow(
    [property: ExcelColumnName("编号")] int Id,
    [property: ExcelColumnName("渠道")] string Channel,
    [property: ExcelColumnName("接收方")] string Recipient,
    [property: ExcelColumnName("标题")] string Subject,
    [property: ExcelColumnName("内容")] string Body,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("尝试次数")] int Attempts,
    [property: ExcelColumnName("下次尝试（北京时间）")] string NextAttemptAt,
    [property: ExcelColumnName("最近错误")] string LastError,
    [property: ExcelColumnName("关联对象")] string Related,
    [property: ExcelColumnName("创建时间（北京时间）")] string CreatedAt,
    [property: ExcelColumnName("发送时间（北京时间）")] string SentAt)
{
    public static NotificationExportRow From(NotificationRow r) => new(r.Id, NotificationLabels.Channel(r.Channel), r.Recipient,
        r.Subject, r.Body, NotificationLabels.Status(r.Status), r.Attempts,
        r.Status is OutboxStatus.Pending ? NotificationLabels.Time(r.NextAttemptAt) : "", r.LastError ?? "",
        $"{r.RelatedType} {r.RelatedId}".Trim(), NotificationLabels.Time(r.CreatedAt), NotificationLabels.Time(r.SentAt));
}
