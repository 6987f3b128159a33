using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>智能派单: try the suggestion on a text, how often suggestions were taken and how often they came back, retraining.</summary>
[Authorize(Roles = Roles.Operator + "," + Roles.Supervisor + "," + Roles.Admin)]
public sealed class IndexModel(DispatchAdvisor advisor, SuggestionStats stats, SuggestionTrainer trainer, Platform.Persistence.AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public string? County { get; set; }
    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public DispatchSuggestion? Suggestion { get; private set; }
    public SuggestionStatsDto Stats { get; private set; } = null!;
    public bool CanTrain => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await advisor.ModelAsync(ct);
        Counties = await Organisation.CountyOptions.LoadAsync(db, ct);
        if (!string.IsNullOrWhiteSpace(Text)) Suggestion = await advisor.SuggestAsync(SuggestEndpoints.Limit(Text), County, ct);
        Stats = await stats.GetAsync(From, To, ct);
    }

    public async Task<IActionResult> OnPostTrainAsync(CancellationToken ct)
    {
        if (!CanTrain) return Forbid();
        var model = await trainer.TrainAsync(ct);
        Message = $"已重新训练：历史诉求 {model.Size.History} 件，知识库条目 {model.Size.Knowledge} 条，部门关键词 {model.Size.Keywords} 组。";
        return RedirectToPage();
    }

    public static string Rate(double? rate) => rate is { } r ? r.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
