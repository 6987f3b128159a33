using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Knowledge;

/// <summary>What an editor writes into an entry; <see cref="KnowledgeEntry"/> validates it.</summary>
public sealed record KnowledgeContent(string? Question, string? Answer, int? DepartmentId, IReadOnlyList<string>? Tags, DateOnly? ValidUntil, bool Published);

/// <summary>A question the 12345 centre is asked and the answer an operator reads out (知识库条目).</summary>
public sealed class KnowledgeEntry : Entity
{
    public const int MaxQuestionLength = 200;
    public const int MaxAnswerLength = 4000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 20;

    private KnowledgeEntry() { }

    public string Question { get; private set; } = "";
    public string Answer { get; private set; } = "";
    public int? DepartmentId { get; private set; }
    public IReadOnlyList<string> Tags { get; private set; } = [];
    public DateOnly? ValidUntil { get; private set; }
    public bool Published { get; private set; }
    public int UseCount { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    /// <summary>Incremented on every change of what the search index holds (not on uses), so instances can tell their index is stale.</summary>
    public int Revision { get; private set; }

    public static KnowledgeEntry Create(KnowledgeContent content, DateOnly today)
    {
        var entry = new KnowledgeEntry();
        entry.Change(content, today);
        return entry;
    }

    public bool IsExpired(DateOnly today) => ValidUntil is { } until && until < today;

    public void Change(KnowledgeContent content, DateOnly today)
    {
        var question = Clean(content.Question);
        if (question.Length == 0) throw new FieldValidationException("question", "请填写问题");
        if (question.Length > MaxQuestionLength) throw new FieldValidationException("question", $"问题不能超过 {MaxQuestionLength} 个字（现为 {question.Length} 个字）");
        var answer = content.Answer?.Trim() ?? "";
        if (answer.Length == 0) throw new FieldValidationException("answer", "请填写答复内容");
        if (answer.Length > MaxAnswerLength) throw new FieldValidationException("answer", $"答复内容不能超过 {MaxAnswerLength} 个字（现为 {answer.Length} 个字）");
        var tags = CleanTags(content.Tags);
        if (content.ValidUntil is { } until && until < today && until != ValidUntil)
            throw new FieldValidationException("validUntil", $"有效期不能早于今天（{today:yyyy-MM-dd}）");
        Question = question;
        Answer = answer;
        DepartmentId = content.DepartmentId;
        if (!Tags.SequenceEqual(tags, StringComparer.Ordinal)) Tags = tags;
        ValidUntil = content.ValidUntil;
        Published = content.Published;
        Revision++;
    }

    /// <summary>An operator answered a call with this entry; only a published, unexpired entry can be used.</summary>
    public void RecordUse(DateTime at, DateOnly today)
    {
        EnsureUsable(today);
        UseCount++;
        LastUsedAt = at;
    }

    public void EnsureUsable(DateOnly today)
    {
        if (!Published) throw new BusinessRuleException("knowledge-draft", "该条目尚未发布，不能用于答复");
        if (IsExpired(today)) throw new BusinessRuleException("knowledge-expired", $"该条目已于 {ValidUntil:yyyy-MM-dd} 过期，不能用于答复");
    }

    private static string Clean(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> CleanTags(IReadOnlyList<string>? tags)
    {
        var clean = (tags ?? []).Select(Clean).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (clean.Count > MaxTags) throw new FieldValidationException("tags", $"标签最多 {MaxTags} 个");
        if (clean.FirstOrDefault(t => t.Length > MaxTagLength) is { } tooLong)
            throw new FieldValidationException("tags", $"标签“{tooLong}”超过 {MaxTagLength} 个字");
        return clean;
    }

    /// <summary>Tags typed into one box, separated by commas, 顿号, semicolons or spaces.</summary>
    public static IReadOnlyList<string> SplitTags(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
