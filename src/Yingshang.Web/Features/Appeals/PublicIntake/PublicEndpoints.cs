using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Intake;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Features.Appeals.Track;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.PublicIntake;

/// <summary>The body of <c>POST /api/v1/public/appeals</c>: that of <c>POST /api/v1/appeals</c> without the channel (always 网站).</summary>
public sealed record PublicSubmitAppeal(
    string? Content, string? Type, string? Urgency, string? County, string? Address, string? Category, RequesterInput? Requester)
{
    /// <summary>Citizens do not judge urgency; the centre does. Keys live in their own namespace, apart from staff keys.</summary>
    public SubmitAppeal ToIntake() => new(Content, Type, string.IsNullOrWhiteSpace(Urgency) ? "一般" : Urgency,
        AppealChannel.Web.Code(), County, Address, Category, Requester);

    /// <summary>The public's keys live in a scope of their own, apart from every account's (a key may use all 100 characters).</summary>
    public const string KeyScope = "public";
}

public sealed record PublicReceipt(string TrackingCode, string Number, string Status, string StatusTitle, string ReceivedAt, string TrackUrl);

public sealed record RatingBody(bool? Resolved, int? Satisfaction, string? Comment);

public sealed record RatingReceipt(string Number, string Status, string Message);

/// <summary>Anonymous, rate-limited endpoints under <c>/api/v1/public</c>: submit, track, rate.</summary>
internal static class PublicEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var open = api.MapGroup("/public").WithTags("公众服务").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        open.MapPost("/appeals", SubmitAsync).WithSummary("公众提交诉求（无需登录，按来源限流；返回查询码）");
        open.MapGet("/appeals/{trackingCode}", TrackAsync).WithSummary("凭查询码和手机号后 4 位查询办理进度");
        open.MapPost("/ratings/{token}", RateAsync).WithSummary("凭一次性评价链接评价办理结果（记为回访）");
    }

    private static async Task<Created<PublicReceipt>> SubmitAsync(
        PublicSubmitAppeal request, [FromHeader(Name = "Idempotency-Key")] string? key, SubmitAppealHandler handler, AppDbContext db,
        HttpContext http, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(request.ToIntake(), key, ct, keyScope: PublicSubmitAppeal.KeyScope);
        if (outcome.Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        // The public has no department scope; the caller has just created (or replayed) this appeal.
        var a = await db.Appeals.IgnoreQueryFilters().AsNoTracking().FirstAsync(x => x.Id == outcome.Id, ct);
        return TypedResults.Created("/Public/Track", new PublicReceipt(a.TrackingCode, a.Number, a.Status.Code(), a.Status.Title(),
            Detail.AppealReader.Iso(a.ReceivedAt)!, "/Public/Track"));
    }

    private static async Task<Results<Ok<PublicAppealDto>, ProblemHttpResult>> TrackAsync(
        string trackingCode, [FromQuery] string? phone4, PublicAppealReader reader, CancellationToken ct) =>
        await reader.FindAsync(trackingCode, phone4, ct) is { } appeal
            ? TypedResults.Ok(await reader.ToDtoAsync(appeal, ct))
            : TypedResults.Problem(statusCode: 404, title: "未找到诉求", detail: PublicAppealReader.NotFound);

    private static async Task<Results<Ok<RatingReceipt>, ProblemHttpResult>> RateAsync(
        string token, RatingBody body, RatingInvitations ratings, CancellationToken ct) =>
        await ratings.RateAsync(token, new RatingInput(body.Resolved, body.Satisfaction, body.Comment), ct) is { } appeal
            ? TypedResults.Ok(new RatingReceipt(appeal.Number, appeal.Status.Code(), "感谢您的评价！"))
            : TypedResults.Problem(statusCode: 404, title: "评价链接无效", detail: "该评价链接不存在，请核对短信中的链接。");
}
