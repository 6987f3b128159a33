using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Enterprises.Service;

internal static class OfficerEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{uscc}/officer", GetAsync).WithSummary("企业的首席服务员：当前及历任（current、history）");
        group.MapPut("/{uscc}/officer", PutAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Supervisor))
            .WithSummary("指定首席服务员 {userName, note}（专班、系统管理员；原任期同时结束，历史保留）");
    }

    public sealed record OfficerBody(OfficerTerm? Current, IReadOnlyList<OfficerTerm> History);

    private static async Task<Results<Ok<OfficerBody>, NotFound>> GetAsync(string uscc, ServiceOfficers officers, EnterpriseProfileLookup lookup, CancellationToken ct)
    {
        if (await lookup.FindAsync(uscc, ct) is not { } found) return TypedResults.NotFound();
        var history = await officers.HistoryAsync(found, ct);
        return TypedResults.Ok(new OfficerBody(history.FirstOrDefault(t => t.To is null), history));
    }

    private static async Task<Results<Ok<OfficerBody>, NotFound>> PutAsync(
        string uscc, AssignOfficer request, AssignOfficerHandler handler, ServiceOfficers officers, CancellationToken ct)
    {
        if (!await handler.HandleAsync(uscc, request, ct)) return TypedResults.NotFound();
        var history = await officers.HistoryAsync(Uscc.Normalise(uscc), ct);
        return TypedResults.Ok(new OfficerBody(history.FirstOrDefault(t => t.To is null), history));
    }
}
