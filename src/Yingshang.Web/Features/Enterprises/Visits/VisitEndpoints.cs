using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Enterprises.Service;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Visits;

internal static class VisitEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{uscc}/visits", RecordAsync)
            .WithSummary("登记联企走访（该企业的首席服务员或专班、系统管理员）；issues 中 submitAsAppeal=true 的问题以联企走访渠道提交为诉求；支持 Idempotency-Key：同一键只登记一次");
        group.MapGet("/{uscc}/visits", async Task<Results<Ok<PagedResult<VisitDto>>, NotFound>> (
                string uscc, [AsParameters] PageRequest page, EnterpriseProfileLookup lookup, VisitQueries visits, CancellationToken ct) =>
                await lookup.FindAsync(uscc, ct) is { } found ? TypedResults.Ok(await visits.OfEnterpriseAsync(found, page, ct)) : TypedResults.NotFound())
            .WithSummary("企业的联企走访记录（分页）");
        group.MapGet("/visits/mine", async ([AsParameters] PageRequest page, ICurrentUser user, VisitQueries visits, CancellationToken ct) =>
                TypedResults.Ok(await visits.OfOfficerAsync(user.Name, page, ct)))
            .WithSummary("我登记的联企走访（分页）");
    }

    private static async Task<Results<Created<VisitDto>, NotFound, ProblemHttpResult>> RecordAsync(
        string uscc, RecordVisit request, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "Idempotency-Key")] string? key, EnterpriseProfileLookup lookup,
        ServiceOfficers officers, RecordVisitHandler handler, System.Security.Claims.ClaimsPrincipal principal, HttpContext http, CancellationToken ct)
    {
        if (await lookup.FindDetailsAsync(uscc, ct) is not { } enterprise) return TypedResults.NotFound();
        if (!await officers.MayServeAsync(enterprise.Uscc, ct))
            return TypedResults.Problem("只有该企业的首席服务员（或专班、系统管理员）可以登记联企走访", statusCode: StatusCodes.Status403Forbidden, title: "无权登记走访");
        var (visit, replayed) = await handler.HandleAsync(enterprise, request, principal.FindFirst(AppClaims.DisplayName)?.Value ?? principal.Identity?.Name ?? "", ct, key);
        if (replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Created($"/api/v1/enterprises/{enterprise.Uscc}/visits", VisitQueries.ToDto(visit));
    }
}
