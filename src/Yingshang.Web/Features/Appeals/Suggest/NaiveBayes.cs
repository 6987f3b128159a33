namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>One training document: its features and its label (a department id, a type, a category).</summary>
public sealed record Sample<TLabel>(IReadOnlyList<string> Features, TLabel Label) where TLabel : notnull;

/// <summary>A label with its confidence (0–1) and the features that spoke most for it.</summary>
public sealed record Ranked<TLabel>(TLabel Label, double Confidence, IReadOnlyList<string> Evidence);

/// <summary>
/// Multinomial naive Bayes with Laplace (add-one) smoothing: P(c | d) ∝ P(c) · Π P(w | c). Immutable once trained, so
/// one instance serves every request of an app instance. Confidences are the posterior tempered by √(number of known
/// features): raw naive Bayes posteriors are nearly always 0 or 1 because the features are not independent (a word and
/// its bigrams); the tempering keeps the order and gives the person confirming a usable sense of how close the call is.
/// </summary>
public sealed class NaiveBayes<TLabel> where TLabel : notnull
{
    private readonly Dictionary<TLabel, double> _logPrior = [];
    private readonly Dictionary<TLabel, Dictionary<string, int>> _counts = [];
    private readonly Dictionary<TLabel, int> _totals = [];
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    public NaiveBayes(IEnumerable<Sample<TLabel>> samples)
    {
        var documents = new Dictionary<TLabel, int>();
        foreach (var sample in samples)
        {
            documents[sample.Label] = documents.GetValueOrDefault(sample.Label) + 1;
            var counts = _counts.TryGetValue(sample.Label, out var c) ? c : _counts[sample.Label] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var feature in sample.Features)
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
                _vocabulary.Add(feature);
            }
            _totals[sample.Label] = _totals.GetValueOrDefault(sample.Label) + sample.Features.Count;
        }
        Documents = documents.Values.Sum();
        foreach (var (label, n) in documents) _logPrior[label] = Math.Log((double)n / Documents);
    }

    public int Documents { get; }

    public int Labels => _logPrior.Count;

    /// <param name="readable">Which features may be shown as evidence (all when null); the ranking uses every feature.</param>
    /// <param name="allowed">Which labels may be ranked (all when null); confidences are shares among them.</param>
    public IReadOnlyList<Ranked<TLabel>> Rank(IReadOnlyList<string> features, int top, Func<string, bool>? readable = null, Func<TLabel, bool>? allowed = null)
    {
        var known = features.Where(_vocabulary.Contains).ToList();
        if (known.Count == 0 || _logPrior.Count == 0) return [];
        var labels = _logPrior.Keys.Where(allowed ?? (_ => true)).ToList();
        if (labels.Count == 0) return [];
        var scores = labels.ToDictionary(l => l, l => _logPrior[l] + known.Sum(w => LogLikelihood(l, w)));
        var temperature = Math.Sqrt(known.Count);
        var max = scores.Values.Max();
        var weights = scores.ToDictionary(p => p.Key, p => Math.Exp((p.Value - max) / temperature));
        var sum = weights.Values.Sum();
        return [.. weights.OrderByDescending(p => p.Value).Take(top)
            .Select(p => new Ranked<TLabel>(p.Key, p.Value / sum, Evidence(p.Key, known.Where(readable ?? (_ => true)))))];
    }

    private double LogLikelihood(TLabel label, string feature) =>
        Math.Log((_counts[label].GetValueOrDefault(feature) + 1.0) / (_totals[label] + _vocabulary.Count));

    /// <summary>The features of the text most typical of the label compared with the whole corpus, as the person reads them.</summary>
    private List<string> Evidence(TLabel label, IEnumerable<string> known)
    {
        var all = _totals.Values.Sum() + _vocabulary.Count;
        var chosen = new List<string>();
        foreach (var feature in known.Distinct(StringComparer.Ordinal)
                     .Select(w => (Word: w, Lift: LogLikelihood(label, w) - Math.Log((_counts.Values.Sum(c => c.GetValueOrDefault(w)) + 1.0) / all)))
                     .Where(x => x.Lift > 0).OrderByDescending(x => x.Lift).ThenBy(x => x.Word.StartsWith('~')).Select(x => x.Word.TrimStart('~')))
        {
            // A bigram inside a word already shown (执照 in 营业执照) adds nothing for the reader.
            if (chosen.Any(c => c.Contains(feature, StringComparison.Ordinal) || feature.Contains(c, StringComparison.Ordinal))) continue;
            chosen.Add(feature);
            if (chosen.Count == 3) break;
        }
        return chosen;
    }
}
