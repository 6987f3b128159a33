using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Appeals;

#pragma warning disable CA1720 // "Signed" is the 签收 state of issue 3, not a type name.
public enum AppealStatus { Received, Answered, Dispatched, Signed, Contacted, Replied, Closed, Visited, Reopened, Returned, Paused, Merged }
#pragma warning restore CA1720

public enum AppealType { Consultation, Help, Complaint, Report, Suggestion, Praise }

public enum AppealUrgency { Normal, Urgent }

public enum AppealChannel { Phone, Web, Api, Open311, Enterprise, Visit }

public enum ExtensionState { None, Pending, Approved, Rejected }

/// <summary>The codes the API speaks (issue 3) and the words the UI shows.</summary>
public static class AppealKinds
{
    private static readonly Dictionary<AppealStatus, (string Code, string Title)> Statuses = new()
    {
        [AppealStatus.Received] = ("received", "待派单"), [AppealStatus.Answered] = ("answered", "直接答复"),
        [AppealStatus.Dispatched] = ("dispatched", "已派单"), [AppealStatus.Signed] = ("signed", "已签收"),
        [AppealStatus.Contacted] = ("contacted", "已响应"), [AppealStatus.Replied] = ("replied", "已答复"),
        [AppealStatus.Closed] = ("closed", "已办结"), [AppealStatus.Visited] = ("visited", "已回访"),
        [AppealStatus.Reopened] = ("reopened", "重办"), [AppealStatus.Returned] = ("returned", "退单待审"),
        [AppealStatus.Paused] = ("paused", "已挂起"), [AppealStatus.Merged] = ("merged", "已并单"),
    };

    private static readonly Dictionary<AppealType, string> Types = new()
    {
        [AppealType.Consultation] = "咨询", [AppealType.Help] = "求助", [AppealType.Complaint] = "投诉",
        [AppealType.Report] = "举报", [AppealType.Suggestion] = "建议", [AppealType.Praise] = "表扬",
    };

    private static readonly Dictionary<AppealChannel, (string Code, string Title)> Channels = new()
    {
        [AppealChannel.Phone] = ("phone", "12345 电话"), [AppealChannel.Web] = ("web", "网站"), [AppealChannel.Api] = ("api", "接口"),
        [AppealChannel.Open311] = ("open311", "Open311"), [AppealChannel.Enterprise] = ("enterprise", "企业渠道"),
        [AppealChannel.Visit] = ("visit", "联企走访"),
    };

    public static string Code(this AppealStatus s) => Statuses[s].Code;
    public static string Title(this AppealStatus s) => Statuses[s].Title;
    public static string Title(this AppealType t) => Types[t];
    public static string Title(this AppealUrgency u) => u == AppealUrgency.Urgent ? "紧急" : "一般";
    public static string Code(this AppealChannel c) => Channels[c].Code;
    public static string Title(this AppealChannel c) => Channels[c].Title;

    public static IEnumerable<AppealStatus> AllStatuses => Statuses.Keys;
    public static IEnumerable<AppealType> AllTypes => Types.Keys;
    public static IEnumerable<AppealChannel> AllChannels => Channels.Keys;

    public static bool TryStatus(string? code, out AppealStatus status)
    {
        foreach (var (s, v) in Statuses)
        {
            if (!string.Equals(v.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            status = s;
            return true;
        }
        status = default;
        return false;
    }

    public static AppealType ParseType(string? text, string field = "type") =>
        Types.FirstOrDefault(p => p.Value == text?.Trim()) is { Value: not null } hit
            ? hit.Key
            : throw new FieldValidationException(field, "诉求类型须为 咨询、求助、投诉、举报、建议、表扬 之一");

    public static AppealUrgency ParseUrgency(string? text, string field = "urgency") => text?.Trim() switch
    {
        "紧急" => AppealUrgency.Urgent,
        "一般" => AppealUrgency.Normal,
        _ => throw new FieldValidationException(field, "紧急程度须为“紧急”或“一般”"),
    };

    public static AppealChannel ParseChannel(string? text, string field = "channel") =>
        Channels.FirstOrDefault(p => p.Value.Code == text?.Trim().ToLowerInvariant()) is { Value.Code: not null } hit
            ? hit.Key
            : throw new FieldValidationException(field, "受理渠道须为 phone、web、api、open311、enterprise、visit 之一");
}
