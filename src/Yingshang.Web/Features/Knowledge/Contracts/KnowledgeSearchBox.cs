namespace Yingshang.Web.Features.Knowledge.Contracts;

/// <summary>
/// The model of <c>_KnowledgeSearch.cshtml</c>, a search box with its results that another page embeds with
/// <c>&lt;partial name="/Features/Knowledge/Contracts/_KnowledgeSearch.cshtml" model="..." /&gt;</c>. It is a GET form
/// to <see cref="Action"/> (the embedding page) with the text in <see cref="Parameter"/>, so it works without JavaScript.
/// </summary>
public sealed record KnowledgeSearchBox(string Action, string? Query, IReadOnlyList<KnowledgeHit> Results, int Total, string Parameter = "kq")
{
    public const string Partial = "/Features/Knowledge/Contracts/_KnowledgeSearch.cshtml";
    public const string ResultsPartial = "/Features/Knowledge/Contracts/_KnowledgeResults.cshtml";

    public bool Searched => !string.IsNullOrWhiteSpace(Query);
}
