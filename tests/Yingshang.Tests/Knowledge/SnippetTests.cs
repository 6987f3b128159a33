using Yingshang.Web.Features.Knowledge.Search;

namespace Yingshang.Tests.Knowledge;

public sealed class SnippetTests : IDisposable
{
    private readonly KnowledgeIndex _index = new();

    public void Dispose() => _index.Dispose();

    private string Snippet(string answer, string query)
    {
        _index.Replace([new KnowledgeDocument(1, "测试问题", answer, [], null, null, true)]);
        var hits = _index.Search(query, new IndexFilter(new DateOnly(2026, 11, 27)), 0, 1);
        return Snippets.Of(answer, hits.Bigrams, _index.BigramAnalyzer);
    }

    [Fact]
    public void Matched_words_are_marked()
    {
        var snippet = Snippet("可以通过政务服务网申请营业执照，当天办结。", "营业执照怎么办");
        snippet.ShouldContain("<mark>营业执照</mark>");
    }

    [Fact]
    public void A_script_in_the_answer_is_escaped_and_only_mark_is_markup()
    {
        var snippet = Snippet("营业执照<script>alert('x')</script>办理 & \"引号\"", "营业执照");
        snippet.ShouldNotContain("<script");
        snippet.ShouldContain("&lt;script&gt;");
        snippet.ShouldContain("&amp;");
        snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).ShouldNotContain('<');
    }

    [Fact]
    public void Without_a_match_the_start_of_the_answer_is_shown_escaped()
    {
        var answer = "<b>" + new string('长', 200);
        var snippet = Snippets.Start(answer);
        snippet.ShouldStartWith("&lt;b&gt;");
        snippet.ShouldEndWith("…");
    }
}
