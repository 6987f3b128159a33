using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Answering;

/// <summary>The body of <c>POST /api/v1/appeals/{id}/answer</c>: the answer's text, or the knowledge entry read out to the caller.</summary>
public sealed record AnswerBody(string? Content, int? KnowledgeEntryId);

/// <summary>
/// 直接答复 of a 咨询: with a text, or with a knowledge entry, whose answer becomes the reply and whose use count goes up
/// by one in the same transaction (the appeal is never answered from an entry without the use being counted).
/// </summary>
public sealed class DirectAnswer(AppDbContext db, AppealWorkflow workflow, IKnowledgeSearch knowledge)
{
    public async Task<StepResult> AnswerAsync(int id, string? content, int? entryId, CancellationToken ct)
    {
        if (entryId is not { } entryKey)
            return await workflow.RunAsync(id, AppealAction.Answer, (a, c) => Done(() => a.AnswerDirectly(c, content)), ct);
        if (!string.IsNullOrWhiteSpace(content))
            throw new FieldValidationException("content", "引用知识库条目答复时不再填写答复内容（二者择一）");
        var entry = await UsableEntryAsync(entryKey, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await workflow.RunAsync(id, AppealAction.Answer,
            (a, c) => Done(() => a.AnswerDirectly(c, entry.Answer, $"引用知识库条目 #{entry.Id}：{entry.Question}")), ct);
        if (result != StepResult.Done) return result;
        if (!await knowledge.RecordUseAsync(entry.Id, ct))
            throw new FieldValidationException("knowledgeEntryId", $"知识库条目 #{entry.Id} 刚被删除，请另选条目");
        await tx.CommitAsync(ct);
        return StepResult.Done;
    }

    /// <summary>The entry, or 422 when no operator may answer with it.</summary>
    public async Task<KnowledgeHit> UsableEntryAsync(int id, CancellationToken ct) =>
        await knowledge.FindUsableAsync(id, ct)
        ?? throw new FieldValidationException("knowledgeEntryId", $"知识库中没有可用于答复的条目 #{id}（不存在、未发布或已过期）");

    private static Task Done(Action step)
    {
        step();
        return Task.CompletedTask;
    }
}
