namespace Yingshang.Web.Features.Appeals;

/// <summary>Every step of the lifecycle; <see cref="AppealActions.Code"/> is the API path segment after <c>/appeals/{id}/</c>.</summary>
public enum AppealAction
{
    Receive, Answer, Dispatch, Reassign, Sign, Contact, Reply, Close, Visit, Reopen,
    Return, ApproveReturn, RejectReturn, RequestExtension, ApproveExtension, RejectExtension, Pause, Resume, Merge,

    // Raised by the escalation job only (actor "system"); never a step a user takes.
    Remind, Urge, Supervise,
}

public static class AppealActions
{
    private static readonly Dictionary<AppealAction, (string Code, string Title)> Names = new()
    {
        [AppealAction.Receive] = ("receive", "受理"), [AppealAction.Answer] = ("answer", "直接答复"),
        [AppealAction.Dispatch] = ("dispatch", "派单"), [AppealAction.Reassign] = ("reassign", "改派"),
        [AppealAction.Sign] = ("sign", "签收"), [AppealAction.Contact] = ("contact", "响应（联系诉求人）"),
        [AppealAction.Reply] = ("reply", "答复"), [AppealAction.Close] = ("close", "审核办结"),
        [AppealAction.Visit] = ("visit", "回访"), [AppealAction.Reopen] = ("reopen", "重办"),
        [AppealAction.Return] = ("return", "申请退单"), [AppealAction.ApproveReturn] = ("return/approve", "同意退单"),
        [AppealAction.RejectReturn] = ("return/reject", "驳回退单"), [AppealAction.RequestExtension] = ("extend", "申请延期"),
        [AppealAction.ApproveExtension] = ("extend/approve", "同意延期"), [AppealAction.RejectExtension] = ("extend/reject", "驳回延期"),
        [AppealAction.Pause] = ("pause", "挂起"), [AppealAction.Resume] = ("resume", "恢复计时"), [AppealAction.Merge] = ("merge", "并单"),
        [AppealAction.Remind] = ("remind", "即将超期提醒"), [AppealAction.Urge] = ("urge", "催办"), [AppealAction.Supervise] = ("supervise", "督办"),
    };

    public static string Code(this AppealAction a) => Names[a].Code;
    public static string Title(this AppealAction a) => Names[a].Title;

    /// <summary>Steps only the system takes (the escalation ladder); no user, page or endpoint runs them.</summary>
    public static bool IsSystemStep(this AppealAction a) => a is AppealAction.Remind or AppealAction.Urge or AppealAction.Supervise;

    public static AppealAction? FromCode(string? code) =>
        Names.Where(p => p.Value.Code == code).Select(p => (AppealAction?)p.Key).FirstOrDefault();
}
