using Yingshang.Web.Platform.Errors;
using static Yingshang.Web.Features.Appeals.AppealStatus;

namespace Yingshang.Web.Features.Appeals;

/// <summary>Which action each state allows (README.md, "States and transitions"), and the extra conditions.</summary>
public sealed partial class Appeal
{
    private static readonly Dictionary<AppealAction, AppealStatus[]> AllowedFrom = new()
    {
        [AppealAction.Answer] = [Received],
        [AppealAction.Dispatch] = [Received],
        [AppealAction.Reassign] = [Dispatched, Signed, Contacted, Reopened],
        [AppealAction.Sign] = [Dispatched, Reopened],
        [AppealAction.Contact] = [Signed],
        [AppealAction.Reply] = [Contacted],
        [AppealAction.Close] = [Replied],
        [AppealAction.Visit] = [Closed, Visited],
        [AppealAction.Reopen] = [Replied, Visited],
        [AppealAction.Return] = [Dispatched, Signed, Contacted, Reopened],
        [AppealAction.ApproveReturn] = [Returned],
        [AppealAction.RejectReturn] = [Returned],
        [AppealAction.RequestExtension] = [Signed, Contacted],
        [AppealAction.ApproveExtension] = [Signed, Contacted],
        [AppealAction.RejectExtension] = [Signed, Contacted],
        [AppealAction.Pause] = [Dispatched, Signed, Contacted, Reopened],
        [AppealAction.Resume] = [Paused],
        [AppealAction.Merge] = [Received, Dispatched, Signed, Contacted, Reopened],
    };

    public ExtensionState Extension { get; private set; }
    public int ExtensionDays { get; private set; }
    public string? ExtensionReason { get; private set; }

    /// <summary>Why the action is not possible now, or null when it is (the state check only; roles are checked by the caller).</summary>
    public string? Refusal(AppealAction action)
    {
        if (!AllowedFrom.TryGetValue(action, out var from)) return $"“{action.Title()}”不是可执行的操作";
        if (!from.Contains(Status)) return $"诉求当前状态为“{Status.Title()}”，不能{action.Title()}";
        return action switch
        {
            AppealAction.Answer when Type != AppealType.Consultation => "只有咨询类诉求可以直接答复，其他类型须派单办理",
            AppealAction.Visit when Status == Visited && !VisitUnreachable => "已回访成功，不能再次回访",
            AppealAction.Reopen when Status == Visited && VisitUnreachable => "回访未能联系上诉求人，不能重办；请再次回访",
            AppealAction.Reopen when Status == Visited && !NeedsRework =>
                $"回访结果为已解决、满意度 {Satisfaction} 分，不能重办（未解决或满意度 1–2 分时才能重办）",
            AppealAction.RequestExtension when Extension == ExtensionState.Pending => "已有待审批的延期申请",
            AppealAction.RequestExtension when Extension == ExtensionState.Approved => "每件诉求只能延期一次，已延期过",
            AppealAction.ApproveExtension or AppealAction.RejectExtension when Extension != ExtensionState.Pending => "没有待审批的延期申请",
            _ => null,
        };
    }

    public bool Allows(AppealAction action) => Refusal(action) is null;

    /// <summary>Unresolved, unreachable counts as not proven resolved only for a retry of the visit; 1–2 stars is dissatisfied.</summary>
    private bool NeedsRework => VisitResolved == false || Satisfaction is <= 2;

    private AppealStatus Require(AppealAction action)
    {
        if (Refusal(action) is { } reason) throw new BusinessRuleException($"appeal-{action.Code().Replace('/', '-')}-refused", reason);
        return Status;
    }

    private static string Text(string? value, string field, string label, int max, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0) throw new FieldValidationException(field, $"请填写{label}");
        if (text.Length > max) throw new FieldValidationException(field, $"{label}不能超过 {max} 个字");
        return text;
    }

    private static string? Optional(string? value, string field, string label, int max) =>
        Text(value, field, label, max, required: false) is { Length: > 0 } text ? text : null;
}
