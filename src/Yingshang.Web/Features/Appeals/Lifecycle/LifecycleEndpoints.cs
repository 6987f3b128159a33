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
        Step(appeals, AppealAction.Answer, (int id, Answering.AnswerBody body, AppealStepRunner d, Answering.DirectAnswer answer, CancellationToken ct) =>
            d.Respond(id, answer.AnswerAsync(id, body.Content, body.KnowledgeEntryId, ct), ct));
        foreach (var action in new[] { AppealAction.Dispatch, AppealAction.Reassign })
            Step(appeals, action, (int id, DispatchBody body, AppealStepRunner d, CancellationToken ct) =>
                d.Run(id, action, new StepInput { Department = body.Department, CoDepartments = body.CoDepartments, Reason = body.Reason }, ct));
        Step(appeals, AppealAction.Sign, (int id, AppealStepRunner d, CancellationToken ct) => d.Run(id, AppealAction.Sign, new StepInput(), ct));
        foreach (var action in new[] { AppealAction.Contact, AppealAction.Close, AppealAction.ApproveReturn, AppealAction.RejectReturn,
                     AppealAction.ApproveExtension, AppealAction.RejectExtension, AppealAction.Resume })
            Step(appeals, action, (int id, NoteBody? body, AppealStepRunner d, CancellationToken ct) =>
                d.Run(id, action, new StepInput { Note = body?.Note }, ct));
        Step(appeals, AppealAction.Reply, (int id, ContentBody body, AppealStepRunner d, CancellationToken ct) =>
            d.Run(id, AppealAction.Reply, new StepInput { Content = body.Content }, ct));
        Step(appeals, AppealAction.Visit, (int id, VisitBody body, AppealStepRunner d, CancellationToken ct) => d.Run(id, AppealAction.Visit,
            new StepInput { Resolved = body.Resolved, Satisfaction = body.Satisfaction, Unreachable = body.Unreachable, Note = body.Note }, ct));
        foreach (var action in new[] { AppealAction.Reopen, AppealAction.Return, AppealAction.Pause })
            Step(appeals, action, (int id, ReasonBody? body, AppealStepRunner d, CancellationToken ct) =>
                d.Run(id, action, new StepInput { Reason = body?.Reason }, ct));
        Step(appeals, AppealAction.RequestExtension, (int id, ExtendBody body, AppealStepRunner d, CancellationToken ct) =>
            d.Run(id, AppealAction.RequestExtension, new StepInput { WorkingDays = body.WorkingDays, Reason = body.Reason }, ct));
        Step(appeals, AppealAction.Merge, (int id, MergeBody body, AppealStepRunner d, CancellationToken ct) =>
            d.Run(id, AppealAction.Merge, new StepInput { Into = AppealWorkflow.IntoText(body.Into), Note = body.Note }, ct));
    }

    private static void Step(RouteGroupBuilder appeals, AppealAction action, Delegate handler) =>
        appeals.MapPost($"/{{id:int}}/{action.Code()}", handler).WithSummary(action.Title());
}

/// <summary>Runs a step for the API and answers 200 with the appeal, 404, 403 (409/422 come from the exceptions).</summary>
public sealed class AppealStepRunner(AppealWorkflow wf, AppealReader reader)
{
    public Task<Results<Ok<AppealDto>, NotFound, ProblemHttpResult>> Run(int id, AppealAction action, StepInput input, CancellationToken ct) =>
        Respond(id, wf.RunAsync(id, action, AppealSteps.For(action, input, wf, ct), ct), ct);

    public async Task<Results<Ok<AppealDto>, NotFound, ProblemHttpResult>> Respond(int id, Task<StepResult> step, CancellationToken ct) =>
        (await step) switch
        {
            StepResult.NotFound => TypedResults.NotFound(),
            StepResult.Forbidden => TypedResults.Problem(statusCode: 403, title: "无权执行该操作",
                detail: "您的角色或部门不能对该诉求执行此操作（承办操作仅限主办部门，审批仅限主办部门负责人）。"),
            // After an approved return the department no longer sees the appeal; it still gets the result of its own step.
            _ => TypedResults.Ok((await reader.GetAsync(id, ct, ignoreScope: true))!),
        };
}
