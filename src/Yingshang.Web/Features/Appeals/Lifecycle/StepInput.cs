namespace Yingshang.Web.Features.Appeals.Lifecycle;

/// <summary>Everything a step may carry; the API bodies and the detail page's forms both become one of these.</summary>
public sealed record StepInput
{
    public string? Department { get; init; }
    public IReadOnlyList<string>? CoDepartments { get; init; }
    public string? Note { get; init; }
    public string? Content { get; init; }
    public string? Reason { get; init; }
    public bool? Resolved { get; init; }
    public int? Satisfaction { get; init; }
    public bool Unreachable { get; init; }
    public int? WorkingDays { get; init; }
    public string? Into { get; init; }
}

internal static class AppealSteps
{
    /// <summary>The entity call of each action, with the lookups it needs.</summary>
    public static Func<Appeal, AppealContext, Task> For(AppealAction action, StepInput i, AppealWorkflow wf, CancellationToken ct) => action switch
    {
        AppealAction.Answer => Sync((a, c) => a.AnswerDirectly(c, i.Content)),
        AppealAction.Dispatch => async (a, c) =>
        {
            var (target, plan) = await wf.TargetAsync(a, i.Department, i.CoDepartments, ct);
            a.Dispatch(c, target, plan);
            await wf.Suggestions.DispatchedAsync(a, target.LeadId, c.Now.UtcDateTime, ct);
        },
        AppealAction.Reassign => async (a, c) =>
        {
            var (target, plan) = await wf.TargetAsync(a, i.Department, i.CoDepartments, ct);
            a.Reassign(c, target, plan, i.Reason);
        },
        AppealAction.Sign => Sync((a, c) => a.Sign(c)),
        AppealAction.Contact => Sync((a, c) => a.Contact(c, i.Note)),
        AppealAction.Reply => Sync((a, c) => a.SubmitReply(c, i.Content)),
        AppealAction.Close => async (a, c) =>
        {
            a.Close(c, i.Note);
            await wf.InviteRatingAsync(a, ct);
        },
        AppealAction.Visit => Sync((a, c) => a.RecordVisit(c, new VisitResult(i.Unreachable, i.Resolved, i.Satisfaction), i.Note)),
        AppealAction.Reopen => Sync((a, c) => a.Reopen(c, i.Reason)),
        AppealAction.Return => Sync((a, c) => a.RequestReturn(c, i.Reason)),
        AppealAction.ApproveReturn => async (a, c) =>
        {
            a.ApproveReturn(c, i.Note);
            await wf.Suggestions.ReturnedAsync(a.Id, ct);
        },
        AppealAction.RejectReturn => Sync((a, c) => a.RejectReturn(c, i.Note)),
        AppealAction.RequestExtension => Sync((a, c) => a.RequestExtension(c, i.WorkingDays ?? 0, i.Reason)),
        AppealAction.ApproveExtension => Sync((a, c) => a.ApproveExtension(c, i.Note)),
        AppealAction.RejectExtension => Sync((a, c) => a.RejectExtension(c, i.Note)),
        AppealAction.Pause => Sync((a, c) => a.Pause(c, i.Reason)),
        AppealAction.Resume => Sync((a, c) => a.Resume(c, i.Note)),
        AppealAction.Merge => async (a, c) =>
        {
            var survivor = await wf.SurvivorAsync(i.Into, ct);
            a.MergeInto(c, survivor, i.Note);
            await wf.RepointAsync(a, survivor, ct);
        },
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a step of an existing appeal."),
    };

    private static Func<Appeal, AppealContext, Task> Sync(Action<Appeal, AppealContext> step) =>
        (a, c) => { step(a, c); return Task.CompletedTask; };
}
