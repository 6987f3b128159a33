namespace Yingshang.Web.Features.Appeals;

/// <summary>One step of an appeal's history: who, when, what, and why.</summary>
public sealed class AppealEvent
{
    private AppealEvent() { }

    internal AppealEvent(AppealAction action, AppealStatus? from, AppealStatus to, AppealContext c, string? note, string? detail, int? departmentId)
    {
        Action = action;
        FromStatus = from;
        ToStatus = to;
        At = c.Now.UtcDateTime;
        Actor = c.Actor;
        ActorName = c.ActorName;
        Note = note;
        Detail = detail;
        DepartmentId = departmentId;
    }

    public int Id { get; private set; }
    public AppealAction Action { get; private set; }
    public AppealStatus? FromStatus { get; private set; }
    public AppealStatus ToStatus { get; private set; }
    public DateTime At { get; private set; }
    public string Actor { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string? Note { get; private set; }
    public string? Detail { get; private set; }

    /// <summary>The lead department when the step was taken (for a return: the department that returned it).</summary>
    public int? DepartmentId { get; private set; }
}
