using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>
/// Trains the suggestion models from the database (README.md, "Smart dispatch"): the department that kept each appeal
/// (signed it and did not have a return approved), the department-tagged knowledge entries, and the keyword lists kept by an Admin
/// (stored; the category of each department's list still comes from <see cref="DispatchKeywords"/>).
/// </summary>
public sealed class SuggestionTrainer(
    AppDbContext db, IKnowledgeSearch knowledge, SuggestionModelHolder holder, TimeProvider clock, IOptions<SuggestOptions> options,
    ILogger<SuggestionTrainer> logger)
{
    private static readonly AppealStatus[] Kept =
        [AppealStatus.Signed, AppealStatus.Contacted, AppealStatus.Replied, AppealStatus.Closed, AppealStatus.Visited, AppealStatus.Reopened];

    public async Task<SuggestionModel> TrainAsync(CancellationToken ct)
    {
        // Inactive departments too: the appeals they kept still teach the kind of matter (they are never suggested).
        var all = await db.Departments.AsNoTracking()
            .Join(db.Regions.AsNoTracking(), d => d.RegionId, r => r.Id, (d, r) => new { d.Id, d.Code, d.RegionId, d.IsActive, Region = r.Code })
            .ToListAsync(ct);
        var places = all.ToDictionary(d => d.Id, d => new DepartmentPlace(d.Id, d.Code, DepartmentPlace.KindOf(d.Code, d.Region), d.RegionId));
        var activeIds = all.Where(d => d.IsActive).Select(d => d.Id).ToList();
        var kindOfActive = activeIds.ToDictionary(id => places[id].Code, id => places[id].Kind);
        var stamp = await Keywords.DispatchKeywordStore.StampAsync(db, ct);
        var keywords = (await db.DispatchKeywords.AsNoTracking().Where(k => activeIds.Contains(k.DepartmentId))
                .OrderBy(k => k.Id).Select(k => new { k.DepartmentId, k.Word }).ToListAsync(ct))
            .GroupBy(k => k.DepartmentId).OrderBy(g => g.Key)
            .Select(g => new Sample<string>(TextFeatures.Of(string.Join(' ', g.Select(k => k.Word))), places[g.Key].Kind)).ToList();
        var entries = await KnowledgeAsync(kindOfActive, ct);
        var history = await db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.LeadDepartmentId != null && a.SignedAt != null && Kept.Contains(a.Status))
            .OrderByDescending(a => a.ReceivedAt).Take(options.Value.MaxHistory)
            .Select(a => new { a.Content, Department = a.LeadDepartmentId!.Value, a.Type, a.Category, a.RegionId }).ToListAsync(ct);

        var enough = history.Count >= options.Value.MinHistory;
        var features = history.Select(h => TextFeatures.Of(h.Content)).ToList();
        var corpus = keywords.Concat(entries)
            .Concat(enough ? features.Select((f, i) => new Sample<string>(f, places[history[i].Department].Kind)) : []);
        var model = new SuggestionModel(
            new NaiveBayes<string>(corpus),
            new DepartmentKinds(places.Values, enough ? history.Select(h => (h.Department, h.RegionId)) : []),
            enough ? new NaiveBayes<AppealType>(features.Select((f, i) => new Sample<AppealType>(f, history[i].Type))) : null,
            enough && history.Any(h => h.Category.Length > 0)
                ? new NaiveBayes<string>(features.Select((f, i) => (f, history[i].Category)).Where(x => x.Category.Length > 0).Select(x => new Sample<string>(x.f, x.Category)))
                : null,
            DispatchKeywords.All.Where(k => kindOfActive.ContainsKey(k.Department))
                .DistinctBy(k => kindOfActive[k.Department]).ToDictionary(k => kindOfActive[k.Department], k => k.Category),
            enough ? SuggestionBasis.History : SuggestionBasis.Keywords,
            new SuggestionCorpusSize(enough ? history.Count : 0, entries.Count, keywords.Count),
            clock.GetUtcNow().UtcDateTime, stamp);
        holder.Replace(model);
        logger.LogInformation("Dispatch suggestions trained on {History} appeals, {Knowledge} knowledge entries, {Keywords} keyword lists",
            model.Size.History, model.Size.Knowledge, model.Size.Keywords);
        return model;
    }

    /// <param name="kinds">The kind of each active department, by code.</param>
    private async Task<List<Sample<string>>> KnowledgeAsync(Dictionary<string, string> kinds, CancellationToken ct)
    {
        var samples = new List<Sample<string>>();
        for (var page = 1; ; page++)
        {
            var result = await knowledge.SearchAsync(new KnowledgeQuery(), new PageRequest(page, PageRequest.MaxPageSize), ct);
            foreach (var hit in result.Items.Where(h => h.Department is not null && kinds.ContainsKey(h.Department)))
                samples.Add(new Sample<string>(TextFeatures.Of($"{hit.Question} {string.Join(' ', hit.Tags)} {hit.Answer}"), kinds[hit.Department!]));
            if (page >= result.PageCount) return samples;
        }
    }
}

/// <summary>Each instance retrains its own model periodically, so new history is learnt without a restart.</summary>
public sealed class RetrainSuggestionsJob(SuggestionTrainer trainer) : IPeriodicJob
{
    public Task RunOnceAsync(CancellationToken ct) => trainer.TrainAsync(ct);
}
