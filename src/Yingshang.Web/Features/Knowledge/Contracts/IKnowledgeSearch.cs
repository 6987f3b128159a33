using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.Contracts;

/// <summary>
/// A search of the knowledge base. With <see cref="Text"/> the entries are ranked by relevance, otherwise listed by use.
/// <see cref="IncludeHidden"/> (drafts and expired entries) is honoured only for editors (Admin, Supervisor).
/// </summary>
/// <param name="AboutQuestion">Only entries whose question or tags share a word (not a lone character) with the text (the intake console: a call's
/// long text shares some word with almost every answer, which says nothing about what the entry is about).</param>
public sealed record KnowledgeQuery(string? Text = null, string? Department = null, string? Tag = null, bool IncludeHidden = false,
    bool AboutQuestion = false);

/// <summary>One result. <see cref="SnippetHtml"/> is HTML-encoded text with <c>&lt;mark&gt;</c> around the matched words.</summary>
public sealed record KnowledgeHit
{
    public int Id { get; init; }
    public string Question { get; init; } = "";
    public string Answer { get; init; } = "";
    public string SnippetHtml { get; init; } = "";
    public string? Department { get; init; }
    public string? DepartmentName { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateOnly? ValidUntil { get; init; }
    public bool Expired { get; init; }
    public bool Published { get; init; }
    public int UseCount { get; init; }
    public DateTime UpdatedAt { get; init; }
}

/// <summary>What other capabilities (the appeals console) use of the knowledge base.</summary>
public interface IKnowledgeSearch
{
    Task<PagedResult<KnowledgeHit>> SearchAsync(KnowledgeQuery query, PageRequest page, CancellationToken ct);

    /// <summary>One entry an operator may answer with (published, not expired), or null.</summary>
    Task<KnowledgeHit?> FindUsableAsync(int id, CancellationToken ct);

    /// <summary>An operator answered a call with the entry: its use count goes up by one. False when there is no such entry.</summary>
    Task<bool> RecordUseAsync(int id, CancellationToken ct);
}
