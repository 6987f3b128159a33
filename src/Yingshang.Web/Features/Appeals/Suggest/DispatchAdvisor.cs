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
public sealed class DispatchAdvisor(SuggestionModelHolder holder, SuggestionTrainer trainer, AppDbContext db)
{
    public const int Top = 3;

    /// <summary>This instance's model, retrained first when the stored keyword lists changed (here or on another instance).</summary>
    public async Task<SuggestionModel> ModelAsync(CancellationToken ct)
    {
        var stamp = await Keywords.DispatchKeywordStore.StampAsync(db, ct);
        return await holder.GetAsync(trainer.TrainAsync, ct, m => m.KeywordStamp == stamp);
    }

    public Task RetrainAsync(CancellationToken ct) => trainer.TrainAsync(ct);

    public async Task<DispatchSuggestion> SuggestAsync(string? content, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(content)) return DispatchSuggestion.None;
        var model = await ModelAsync(ct);
        // A department deactivated since the training is skipped: ask for a few more than shown.
        var prediction = model.Predict(content, Top + 3);
        var ids = prediction.Departments.Select(d => d.Label).ToList();
        var names = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id) && d.IsActive)
            .ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), ct);
        var departments = prediction.Departments.Where(d => names.ContainsKey(d.Label)).Take(Top)
            .Select(d => new SuggestedDepartment(names[d.Label].Code, names[d.Label].Name, Math.Round(d.Confidence, 2), d.Evidence)).ToList();
        return new DispatchSuggestion(prediction.Type?.Title(), prediction.Category, departments, model.Basis.ToString().ToLowerInvariant());
    }

    /// <summary>The top department id for the text, or null when the model has nothing to say.</summary>
    public async Task<(int DepartmentId, double Confidence)?> TopAsync(string content, CancellationToken ct)
    {
        var model = await ModelAsync(ct);
        return model.Predict(content, 1).Departments is [var top, ..] ? (top.Label, top.Confidence) : null;
    }
}
