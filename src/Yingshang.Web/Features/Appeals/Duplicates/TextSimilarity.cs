using Yingshang.Web.Features.Appeals.Suggest;

namespace Yingshang.Web.Features.Appeals.Duplicates;

/// <summary>
/// Dice coefficient of the two texts' sets of Chinese character bigrams (filler words such as 你好、反映 removed):
/// 2·|A∩B| / (|A| + |B|). Word order and punctuation do not matter, the caller's exact wording hardly does.
/// </summary>
public static class TextSimilarity
{
    public static HashSet<string> Shingles(string? text) => [.. TextFeatures.Bigrams(text ?? "")];

    public static (double Score, int Shared) Of(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return (0, 0);
        var shared = a.Count(b.Contains);
        return (2.0 * shared / (a.Count + b.Count), shared);
    }
}
