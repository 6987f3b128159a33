using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>
/// The features of an appeal text (README.md, "Smart dispatch"): SmartCn words of two or more characters, plus the
/// character bigrams of each run of Chinese characters. Bigrams keep domain words that SmartCn cuts apart (医保 → 医|保)
/// and are robust to the caller's wording; words make a whole term such as 营业执照 weigh more than its pieces.
/// </summary>
public static class TextFeatures
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words a caller uses about any subject; they say nothing about the department.</summary>
    private static readonly string[] Filler =
    [
        "你好", "您好", "请问", "我们", "你们", "他们", "这个", "那个", "什么", "怎么", "怎么办", "如何", "现在", "已经", "一直", "还是",
        "没有", "可以", "需要", "希望", "反映", "问题", "情况", "相关", "部门", "处理", "解决", "市民", "来电", "诉求", "一下", "要求",
    ];

    private static readonly CharArraySet StopWords = BuildStopWords();

    // SmartCn's analyzer is thread-safe for GetTokenStream (one reusable component set per thread).
    private static readonly Analyzer Words = new SmartChineseAnalyzer(Version, StopWords);

    public static IReadOnlyList<string> Of(string? text) => Analyse(text).Features;

    /// <summary>The features of the text and which of them may be shown as evidence (<see cref="Readable"/>), from one SmartCn pass.</summary>
    public static (IReadOnlyList<string> Features, Func<string, bool> Readable) Analyse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ([], _ => false);
        var tokens = SpannedTokens(text);
        var features = new List<string>();
        foreach (var (word, _, _) in tokens)
            if (word.Length >= 2 && !StopWords.Contains(word)) features.Add(word);
        foreach (var bigram in Bigrams(text)) features.Add("~" + bigram);
        return (features, Readable(tokens));
    }

    /// <summary>
    /// Which features of the text a reader can make sense of as evidence: every word, and a bigram only where it does not
    /// cut a word in two — inside one word, or two single characters SmartCn left apart (医|保). 提取|公积金 gives 取公,
    /// which weighs in the ranking but reads as nonsense.
    /// </summary>
    private static Func<string, bool> Readable(List<(string Word, int Start, int End)> tokens)
    {
        var readable = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, start, end) = tokens[i];
            if (word.Length >= 2)
            {
                readable.Add(word);
                for (var j = 0; j + 1 < word.Length; j++) readable.Add(string.Concat("~", word.AsSpan(j, 2)));
            }
            else if (i + 1 < tokens.Count && tokens[i + 1] is { Word.Length: 1 } next && next.Start == end && end - start == 1)
                readable.Add("~" + word + next.Word);
        }
        return readable.Contains;
    }

    /// <summary>The character bigrams of each run of CJK characters, without the filler words' bigrams.</summary>
    public static IEnumerable<string> Bigrams(string text)
    {
        foreach (var word in Filler) text = text.Replace(word, " ", StringComparison.Ordinal);
        var run = new System.Text.StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (IsCjk(c)) { run.Append(c); continue; }
            for (var i = 0; i + 1 < run.Length; i++) yield return run.ToString(i, 2);
            run.Clear();
        }
    }

    private static List<(string Word, int Start, int End)> SpannedTokens(string text)
    {
        var terms = new List<(string, int, int)>();
        using var stream = Words.GetTokenStream("content", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, SmartChineseAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in Filler) set.Add(word);
        return set;
    }
}
