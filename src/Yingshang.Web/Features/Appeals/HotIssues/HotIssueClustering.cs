using Yingshang.Web.Features.Appeals.Duplicates;
using Yingshang.Web.Features.Appeals.Suggest;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>An appeal as the clustering sees it.</summary>
public sealed record ClusterInput(int Id, DateTime ReceivedAt, string Category, string Content);

/// <summary>A group of similar appeals; <see cref="Key"/> is its first appeal's id.</summary>
public sealed record Cluster(int Key, IReadOnlyList<ClusterInput> Members, IReadOnlyList<string> Keywords);

/// <summary>
/// Leader clustering over character bigrams (README.md, "Hot issues"). Appeals are taken in id order; each joins the
/// existing cluster whose first appeal it resembles most (Dice ≥ <see cref="MinSimilarity"/>, at least
/// <see cref="MinShared"/> shared bigrams, and the same category when both have one), or starts a new cluster.
/// An inverted index of the leaders' bigrams keeps it near-linear. Same input → same clusters.
/// </summary>
public static class HotIssueClustering
{
    public const double MinSimilarity = 0.5;
    public const int MinShared = 4;
    public const int LabelWords = 3;

    public static IReadOnlyList<Cluster> Of(IEnumerable<ClusterInput> appeals)
    {
        var leaders = new List<(ClusterInput Leader, int Size, List<ClusterInput> Members)>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var appeal in appeals.OrderBy(a => a.Id))
        {
            var shingles = TextSimilarity.Shingles(appeal.Content);
            var best = Best(appeal, shingles, leaders, index);
            if (best is { } b) { leaders[b].Members.Add(appeal); continue; }
            leaders.Add((appeal, shingles.Count, [appeal]));
            foreach (var s in shingles)
            {
                if (!index.TryGetValue(s, out var list)) index[s] = list = [];
                list.Add(leaders.Count - 1);
            }
        }
        return [.. leaders.Select(l => new Cluster(l.Leader.Id, l.Members, []))];
    }

    /// <summary>The words most of the cluster's appeals use (SmartCn words of two or more Chinese characters).</summary>
    public static IReadOnlyList<string> Keywords(IEnumerable<string> texts) =>
        [.. texts.SelectMany(t => TextFeatures.Of(t).Where(w => w[0] != '~' && w.All(c => c is >= '\u4e00' and <= '\u9fff')).Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(LabelWords).Select(g => g.Key)];

    private static int? Best(ClusterInput appeal, HashSet<string> shingles,
        List<(ClusterInput Leader, int Size, List<ClusterInput> Members)> leaders, Dictionary<string, List<int>> index)
    {
        if (shingles.Count < MinShared) return null;
        var shared = new Dictionary<int, int>();
        foreach (var s in shingles)
            if (index.TryGetValue(s, out var list))
                foreach (var c in list) shared[c] = shared.GetValueOrDefault(c) + 1;
        int? best = null;
        var bestScore = 0.0;
        foreach (var (c, count) in shared.OrderBy(x => x.Key))
        {
            var leader = leaders[c].Leader;
            if (count < MinShared) continue;
            if (leader.Category.Length > 0 && appeal.Category.Length > 0 && leader.Category != appeal.Category) continue;
            var score = 2.0 * count / (shingles.Count + leaders[c].Size);
            if (score >= MinSimilarity && score > bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }
}
