using Yingshang.Web.Features.Appeals.Duplicates;
using Yingshang.Web.Features.Appeals.Suggest;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Intake;

/// <summary>What the console shows beside the call: knowledge entries to answer with, the dispatch suggestion, and possible duplicates.</summary>
public sealed record AssistView(
    bool Asked, IReadOnlyList<KnowledgeHit> Knowledge, int KnowledgeTotal, DispatchSuggestion Suggestion, DuplicateResult Duplicates)
{
    public static AssistView Empty { get; } = new(false, [], 0, DispatchSuggestion.None, DuplicateResult.None);
}

public sealed class ConsoleAssist(IKnowledgeSearch knowledge, DispatchAdvisor advisor, DuplicateFinder duplicates)
{
    public const int KnowledgeShown = 3;

    // The knowledge search reads the start of the caller's story: the question is usually said first.
    private const int SearchLength = 300;

    public async Task<AssistView> ForAsync(string? text, string? phone, string? county, CancellationToken ct)
    {
        var content = Suggest.SuggestEndpoints.Limit(text?.Trim());
        var found = await duplicates.FindAsync(new DuplicateQuery(phone, county, content), DuplicateEndpoints.Max, ct);
        if (string.IsNullOrWhiteSpace(content)) return AssistView.Empty with { Asked = found.Items.Count > 0, Duplicates = found };
        var query = content.Length <= SearchLength ? content : content[..SearchLength];
        var hits = await knowledge.SearchAsync(new KnowledgeQuery(query, AboutQuestion: true), new PageRequest(1, KnowledgeShown), ct);
        return new AssistView(true, hits.Items, hits.Total, await advisor.SuggestAsync(content, county, ct), found);
    }
}
