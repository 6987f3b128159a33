using Yingshang.Web.Features.Appeals.Duplicates;
using Yingshang.Web.Features.Appeals.Suggest;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>An appeal as the clustering sees it.</summary>
public sealed record ClusterInput(int Id, DateTime ReceivedAt, string Category, string Content);

/// <summary>An appeal as a cluster keeps it: no text, so a long window's clusters stay small in memory.</summary>
public sealed record ClusterMember(int Id, DateTime ReceivedAt);

/// <summary>A group of similar appeals; <see cref="Key"/> is its first appeal's id.</summary>
public sealed record Cluster(int Key, IReadOnlyList<ClusterMember> Members);

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
        var clusterer = new Clusterer();
        foreach (var appeal in appeals.OrderBy(a => a.Id)) clusterer.Add(appeal);
        return clusterer.Clusters;
    }

    /// <summary>
    /// Clusters appeals fed one at a time in ascending id order (a database read streamed by id): only the leaders'
    /// bigrams and each member's id and time are kept, never the texts.
    /// </summary>
    public sealed class Clusterer
    {
        private readonly List<(string Category, int Size, Cluster Cluster, List<ClusterMember> Members)> _leaders = [];
        private readonly Dictionary<string, List<int>> _index = new(StringComparer.Ordinal);
        private int _last = int.MinValue;

        public IReadOnlyList<Cluster> Clusters => [.. _leaders.Select(l => l.Cluster)];

        public void Add(ClusterInput appeal)
        {
            if (appeal.Id <= _last) throw new ArgumentException("Appeals must be added in ascending id order.", nameof(appeal));
            _last = appeal.Id;
            var shingles = TextSimilarity.Shingles(appeal.Content);
            var member = new ClusterMember(appeal.Id, appeal.ReceivedAt);
            if (Best(appeal.Category, shingles) is { } b) { _leaders[b].Members.Add(member); return; }
            var members = new List<ClusterMember> { member };
            _leaders.Add((appeal.Category, shingles.Count, new Cluster(appeal.Id, members), members));
            foreach (var s in shingles)
            {
                if (!_index.TryGetValue(s, out var list)) _index[s] = list = [];
                list.Add(_leaders.Count - 1);
            }
        }

        private int? Best(string category, HashSet<string> shingles)
        {
            if (shingles.Count < MinShared) return null;
            var shared = new Dictionary<int, int>();
            foreach (var s in shingles)
                if (_index.TryGetValue(s, out var list))
                    foreach (var c in list) shared[c] = shared.GetValueOrDefault(c) + 1;
            int? best = null;
            var bestScore = 0.0;
            foreach (var (c, count) in shared.OrderBy(x => x.Key))
            {
                var leader = _leaders[c];
                if (count < MinShared) continue;
                if (leader.Category.Length > 0 && category.Length > 0 && leader.Category != category) continue;
                var score = 2.0 * count / (shingles.Count + leader.Size);
                if (score >= MinSimilarity && score > bestScore) (best, bestScore) = (c, score);
            }
            return best;
        }
    }

    /// <summary>The words most of the cluster's appeals use (SmartCn words of two or more Chinese characters).</summary>
    public static IReadOnlyList<string> Keywords(IEnumerable<string> texts) =>
        [.. texts.SelectMany(t => TextFeatures.Of(t).Where(w => w[0] != '~' && w.All(c => c is >= '\u4e00' and <= '\u9fff')).Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(LabelWords).Select(g => g.Key)];
}
