namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>Where the department model learnt from: enough kept appeals (history), or the seeded lists and the knowledge base.</summary>
public enum SuggestionBasis { Keywords, History }

/// <summary>What one text suggests: type (a cue word, else the history model), category, and ranked department ids.</summary>
public sealed record Prediction(AppealType? Type, string? Category, IReadOnlyList<Ranked<int>> Departments);

/// <summary>
/// The models trained at one moment, immutable, held per app instance by <see cref="SuggestionModelHolder"/>.
/// The words choose the kind of department, the call's county the department of that kind (<see cref="DepartmentKinds"/>).
/// Type and category models exist only when there was enough history; otherwise type comes from cue words alone and
/// category from the keyword list of the top kind.
/// </summary>
public sealed class SuggestionModel(
    NaiveBayes<string> kinds, DepartmentKinds departments, NaiveBayes<AppealType>? types, NaiveBayes<string>? categories,
    IReadOnlyDictionary<string, string> keywordCategories, SuggestionBasis basis, SuggestionCorpusSize size, DateTime trainedAt,
    string keywordStamp = "")
{
    public SuggestionBasis Basis => basis;
    public SuggestionCorpusSize Size => size;
    public DateTime TrainedAt => trainedAt;

    /// <summary>The keyword lists' stamp at training time; a different stamp in the database means the model is stale.</summary>
    public string KeywordStamp => keywordStamp;

    /// <param name="allowed">The departments that may be suggested (all when null).</param>
    /// <param name="perKind">How many departments of one kind to list: two for a county's call (the county's and the
    /// prefecture's), one otherwise, so that the other places go to other kinds.</param>
    public Prediction Predict(string? text, int top, int? regionId = null, Func<int, bool>? allowed = null, int perKind = 1)
    {
        var (features, readable) = TextFeatures.Analyse(text);
        allowed ??= _ => true;
        var rankedKinds = kinds.Rank(features, top, readable, k => departments.Allows(k, allowed));
        var ranked = rankedKinds
            .SelectMany(k => departments.Choose(k.Label, regionId, allowed, perKind).Select(d => new Ranked<int>(d.Department, k.Confidence * d.Share, k.Evidence)))
            .Take(top).ToList();
        var type = TypeCues.Of(text) ?? (types?.Rank(features, 1) is [var t, ..] ? t.Label : null);
        var category = (categories?.Rank(features, 1) is [var c, ..] ? c.Label : null)
                       ?? (rankedKinds.Count > 0 ? keywordCategories.GetValueOrDefault(rankedKinds[0].Label) : null);
        return new Prediction(type, category, ranked);
    }
}

/// <summary>How many documents of each source the model learnt from.</summary>
public sealed record SuggestionCorpusSize(int History, int Knowledge, int Keywords);
