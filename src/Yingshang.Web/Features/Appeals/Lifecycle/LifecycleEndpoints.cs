using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Appeals.Detail;

namespace Yingshang.Web.Features.Appeals.Lifecycle;

public sealed record DispatchBody(string? Department, string[]? CoDepartments, string? Reason = null);
public sealed record NoteBody(string? Note);
public sealed record ContentBody(string? Content);
public sealed record ReasonBody(string? Reason);
public sealed record VisitBody(bool? Resolved, int? Satisfaction, bool Unreachable = false, string? Note = null);
public sealed record ExtendBody(int? WorkingDays, string? Reason);
public sealed record MergeBody(JsonElement Into, string? Note);

/// <summary>POST /api/v1/appeals/{id}/&lt;step&gt; for every step of the lifecycle; each answers with the appeal.</summary>
internal static class LifecycleEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        Step(appeals, AppealAction.Answer, (int id, ContentBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Answer, (a, c) => a.AnswerDirectly(c, body.Content), ct), id, reader, ct));
        Step(appeals, AppealAction.Dispatch, (int id, DispatchBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Dispatch, async (a, c) =>
            {
                var (target, plan) = await wf.TargetAsync(a, body.Department, body.CoDepartments, ct);
                a.Dispatch(c, target, plan);
            }, ct), id, reader, ct));
        Step(appeals, AppealAction.Reassign, (int id, DispatchBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Reassign, async (a, c) =>
            {
                var (target, plan) = await wf.TargetAsync(a, body.Department, body.CoDepartments, ct);
                a.Reassign(c, target, plan, body.Reason);
            }, ct), id, reader, ct));
        Step(appeals, AppealAction.Sign, (int id, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Sign, (a, c) => a.Sign(c), ct), id, reader, ct));
        Step(appeals, AppealAction.Contact, (int id, NoteBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Contact, (a, c) => a.Contact(c, body.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.Reply, (int id, ContentBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Reply, (a, c) => a.SubmitReply(c, body.Content), ct), id, reader, ct));
        Step(appeals, AppealAction.Close, (int id, NoteBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Close, (a, c) => a.Close(c, body?.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.Visit, (int id, VisitBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Visit, (a, c) =>
                a.RecordVisit(c, new VisitResult(body.Unreachable, body.Resolved, body.Satisfaction), body.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.Reopen, (int id, ReasonBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Reopen, (a, c) => a.Reopen(c, body?.Reason), ct), id, reader, ct));
        Step(appeals, AppealAction.Return, (int id, ReasonBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Return, (a, c) => a.RequestReturn(c, body.Reason), ct), id, reader, ct));
        Step(appeals, AppealAction.ApproveReturn, (int id, NoteBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.ApproveReturn, (a, c) => a.ApproveReturn(c, body?.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.RejectReturn, (int id, NoteBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.RejectReturn, (a, c) => a.RejectReturn(c, body?.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.RequestExtension, (int id, ExtendBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.RequestExtension, (a, c) => a.RequestExtension(c, body.WorkingDays ?? 0, body.Reason), ct), id, reader, ct));
        Step(appeals, AppealAction.ApproveExtension, (int id, NoteBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.ApproveExtension, (a, c) => a.ApproveExtension(c, body?.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.RejectExtension, (int id, NoteBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.RejectExtension, (a, c) => a.RejectExtension(c, body?.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.Pause, (int id, ReasonBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Pause, (a, c) => a.Pause(c, body?.Reason), ct), id, reader, ct));
        Step(appeals, AppealAction.Resume, (int id, NoteBody? body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Resume, (a, c) => a.Resume(c, body?.Note), ct), id, reader, ct));
        Step(appeals, AppealAction.Merge, (int id, MergeBody body, AppealWorkflow wf, AppealReader reader, CancellationToken ct) =>
            Run(wf.RunAsync(id, AppealAction.Merge, async (a, c) =>
            {
                var survivor = await wf.SurvivorAsync(AppealWorkflow.IntoText(body.Into), ct);
                a.MergeInto(c, survivor, body.Note);
                await wf.RepointAsync(a, survivor, ct);
            }, ct), id, reader, ct));
    }

    private static void Step(RouteGroupBuilder appeals, AppealAction action, Delegate handler) =>
        appeals.MapPost($"/{{id:int}}/{action.Code()}", handler).WithSummary(action.Title());

    private static async Task<Results<Ok<AppealDto>, NotFound, ProblemHttpResult>> Run(
        Task<StepResult> step, int id, AppealReader reader, CancellationToken ct) => (await step) switch
    {
        StepResult.NotFound => TypedResults.NotFound(),
        StepResult.Forbidden => TypedResults.Problem(statusCode: 403, title: "无权执行该操作",
            detail: "您的角色或部门不能对该诉求执行此操作（承办操作仅限主办部门，审批仅限主办部门负责人）。"),
        // After an approved return the department no longer sees the appeal; it still gets the result of its own step.
        _ => TypedResults.Ok((await reader.GetAsync(id, ct, ignoreScope: true))!),
    };
}
