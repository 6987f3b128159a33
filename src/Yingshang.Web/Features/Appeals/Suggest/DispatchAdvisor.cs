using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Suggest;

public sealed record SuggestedDepartment(string Code, string Name, double Confidence, IReadOnlyList<string> Evidence)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Percent => (Confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary><c>GET /api/v1/appeals/suggest</c>: type and category (null when nothing in the text points to one) and the top departments.</summary>
public sealed record DispatchSuggestion(string? Type, string? Category, IReadOnlyList<SuggestedDepartment> Departments, string Basis)
{
    public static DispatchSuggestion None { get; } = new(null, null, [], "none");
}

/// <summary>Suggests from this instance's model, training a first one if the instance has none yet.</summary>
public sealed class DispatchAdvisor(SuggestionModelHolder holder, SuggestionTrainer trainer, AppDbContext db, Intake.CountyLookup counties)
{
    public const int Top = 3;

    /// <summary>This instance's model, retrained first when the stored keyword lists changed (here or on another instance).</summary>
    public async Task<SuggestionModel> ModelAsync(CancellationToken ct)
    {
        var stamp = await Keywords.DispatchKeywordStore.StampAsync(db, ct);
        return await holder.GetAsync(trainer.TrainAsync, ct, m => m.KeywordStamp == stamp);
    }

    public Task RetrainAsync(CancellationToken ct) => trainer.TrainAsync(ct);

    /// <param name="county">The appeal's county (code or name); unknown or empty: the text alone decides.</param>
    public async Task<DispatchSuggestion> SuggestAsync(string? content, string? county, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(content)) return DispatchSuggestion.None;
        var model = await ModelAsync(ct);
        var regionId = await RegionIdAsync(county, ct);
        var (candidates, perKind) = await CandidatesAsync(regionId, ct);
        var prediction = model.Predict(content, Top, regionId, candidates.ContainsKey, perKind);
        var departments = prediction.Departments.Select(d => new SuggestedDepartment(
            candidates[d.Label].Code, candidates[d.Label].Name, Math.Round(d.Confidence, 2), d.Evidence)).ToList();
        return new DispatchSuggestion(prediction.Type?.Title(), prediction.Category, departments, model.Basis.ToString().ToLowerInvariant());
    }

    /// <summary>The top department id for the text, or null when the model has nothing to say.</summary>
    public async Task<(int DepartmentId, double Confidence)?> TopAsync(string content, int regionId, CancellationToken ct)
    {
        var model = await ModelAsync(ct);
        var (candidates, perKind) = await CandidatesAsync(regionId, ct);
        return model.Predict(content, 1, regionId, candidates.ContainsKey, perKind).Departments is [var top, ..]
            ? (top.Label, top.Confidence) : null;
    }

    /// <summary>
    /// The departments a call may be suggested to: active ones (one deactivated since the training is left out), and for a
    /// county's call the prefecture's and that county's own — 属地管理: a county's appeal never goes to another county —
    /// and how many of one kind to list: both levels for a county's call, the best one otherwise.
    /// </summary>
    private async Task<(Dictionary<int, (string Code, string Name)> Candidates, int PerKind)> CandidatesAsync(int? regionId, CancellationToken ct)
    {
        var departments = db.Departments.AsNoTracking().Where(d => d.IsActive);
        var prefectures = await counties.PrefecturesAsync(db, ct);
        var county = regionId is { } r && !prefectures.Contains(r);
        if (county)
        {
            var served = prefectures.Append(regionId!.Value).ToList();
            departments = departments.Where(d => served.Contains(d.RegionId));
        }
        return (await departments.ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), ct), county ? 2 : 1);
    }

    /// <summary>The county's region id by code or name; null when empty or unknown.</summary>
    public async Task<int?> RegionIdAsync(string? county, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(county) ? null : await counties.FindAsync(db, county.Trim(), ct);
}
