using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Yingshang.Web.Features.Knowledge.Search;

/// <summary>
/// The two analyses of the index (README.md, "Search design"): SmartCn words, which rank whole terms such as 营业执照 and
/// 公积金, and CJK bigrams, which still match where SmartCn cuts a domain word apart (医保 → 医|保, 用电报装 → 用|电报|装).
/// </summary>
internal static class ChineseAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words of a caller's question that say nothing about its subject (怎么办, 请问 …).</summary>
    private static readonly string[] QuestionWords =
    [
        "怎么办理", "怎么办", "怎么样", "怎么", "怎样", "如何", "什么", "哪里", "哪儿", "哪些", "哪个", "请问", "你好", "您好",
        "我们", "我想", "需要", "可以", "能否", "是否", "一下", "吗", "呢", "吧", "啊", "呀", "的", "了", "我", "想", "要",
    ];

    /// <summary>"怎么办" asks for the procedure: searched as 办理, which the how-to entries carry in their question.</summary>
    private static readonly string[] AskingForProcedure = ["怎么办理", "怎样办理", "如何办理", "怎么办", "怎样办", "如何办"];

    /// <summary>The caller's text as searched: a request for the procedure becomes 办理.</summary>
    public static string Normalise(string text)
    {
        foreach (var phrase in AskingForProcedure) text = text.Replace(phrase, " 办理 ", StringComparison.Ordinal);
        return text;
    }

    private static CharArraySet StopWords()
    {
        var set = new CharArraySet(Version, SmartChineseAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in QuestionWords) set.Add(word);
        return set;
    }

    public static Analyzer Words() => new SmartChineseAnalyzer(Version, StopWords());

    public static Analyzer Bigrams() => new CJKAnalyzer(Version);

    /// <summary>The query text without question words, so that 怎么 does not become a bigram that matches every how-to answer.</summary>
    public static string WithoutQuestionWords(string text)
    {
        foreach (var word in QuestionWords.Where(w => w.Length > 1)) text = text.Replace(word, " ", StringComparison.Ordinal);
        return text;
    }

    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
