using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary><c>/api/v1/appeals/suggest</c>: the suggestion for a text, the statistics, and a retraining on demand.</summary>
internal static class SuggestEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        var suggest = appeals.MapGroup("/suggest").RequireAuthorization(p => p.RequireRole(AppealsModule.IntakeRoles));
        suggest.MapGet("/", async (string? content, string? county, DispatchAdvisor advisor, CancellationToken ct) =>
            {
                if (!string.IsNullOrWhiteSpace(county) && await advisor.RegionIdAsync(county, ct) is null)
                    throw new FieldValidationException("county", $"不存在县市“{county.Trim()}”");
                return TypedResults.Ok(await advisor.SuggestAsync(Limit(content), county, ct));
            })
            .WithSummary("智能派单建议：由诉求内容（及县市）建议类型、分类和前三个主办部门（含置信度）");
        suggest.MapGet("/stats", async (DateOnly? from, DateOnly? to, SuggestionStats stats, CancellationToken ct) =>
                TypedResults.Ok(await stats.GetAsync(from, to, ct)))
            .WithSummary("建议采纳率，以及采纳与未采纳建议的派单此后的退单率（from、to 为派单日期）");
        suggest.MapPost("/train", async (SuggestionTrainer trainer, SuggestionStats stats, CancellationToken ct) =>
            {
                await trainer.TrainAsync(ct);
                return TypedResults.Ok((await stats.GetAsync(null, null, ct)).Model);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .WithSummary("立即用当前数据重新训练本实例的建议模型（否则每小时自动训练一次）");
    }

    /// <summary>Only the first 4000 characters are read, as an appeal holds no more.</summary>
    public static string? Limit(string? content) => content is { Length: > Intake.SubmitAppealHandler.MaxContent } ? content[..Intake.SubmitAppealHandler.MaxContent] : content;
}
