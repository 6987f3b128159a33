using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Features.Appeals.PublicIntake;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary><c>/api/v1/appeals/mine</c>: the 企业用户's own appeals only; another enterprise's appeal is 404.</summary>
internal static class MineEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var mine = api.MapGroup("/appeals/mine").WithTags("接诉即办").RequireAuthorization(AppealsModule.EnterprisePolicy);
        mine.MapGet("/", async (string? status, [AsParameters] PageRequest page, MyAppeals appeals, CancellationToken ct) =>
                TypedResults.Ok(await appeals.PageAsync(status, page, ct)))
            .WithSummary("本企业的诉求（企业用户；status 筛选，分页）");
        mine.MapGet("/{id:int}", async Task<Results<Ok<AppealDto>, NotFound>> (int id, MyAppeals appeals, CancellationToken ct) =>
                await appeals.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithSummary("本企业的诉求详情（状态、期限、答复、办理记录）");
        mine.MapPost("/{id:int}/rate", async Task<Results<Ok<RatingReceipt>, NotFound>> (int id, RatingBody body, MyAppealRating rating, CancellationToken ct) =>
                await rating.RateAsync(id, new RatingInput(body.Resolved, body.Satisfaction, body.Comment), ct) is { } appeal
                    ? TypedResults.Ok(new RatingReceipt(appeal.Number, appeal.Status.Code(), "感谢您的评价！"))
                    : TypedResults.NotFound())
            .WithSummary("评价本企业已办结诉求的办理结果（与短信评价链接同一请求体，记为回访；每件诉求只能评价一次）");
    }
}
