using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Yingshang.Web.Features.Knowledge.Search;

/// <summary>
/// Highlighted extracts of an answer as HTML: every character of the entry is HTML-encoded, and the only markup is the
/// <c>&lt;mark&gt;</c> this class adds, so a page may render the snippet as HTML without letting user text through.
/// </summary>
internal static class Snippets
{
    public const int Length = 120;

    private sealed class HtmlTextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }

    /// <summary>The best fragments of <paramref name="text"/> for the bigram terms of the query; the start of the text when none match.</summary>
    public static string Of(string text, IReadOnlyCollection<string> bigrams, Analyzer analyzer)
    {
        if (bigrams.Count > 0)
        {
            var query = new BooleanQuery();
            foreach (var term in bigrams) query.Add(new TermQuery(new Term(KnowledgeIndex.Fields.AnswerBigrams, term)), Occur.SHOULD);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(),
                new QueryScorer(query, KnowledgeIndex.Fields.AnswerBigrams))
            {
                TextFragmenter = new SimpleFragmenter(Length / 2),
            };
            using var tokens = analyzer.GetTokenStream(KnowledgeIndex.Fields.AnswerBigrams, text);
            var best = highlighter.GetBestFragments(tokens, text, 2, "…");
            if (!string.IsNullOrEmpty(best)) return best;
        }
        return Start(text);
    }

    public static string Start(string text) =>
        WebUtility.HtmlEncode(text.Length <= Length ? text : string.Concat(text.AsSpan(0, Length), "…"));
}
