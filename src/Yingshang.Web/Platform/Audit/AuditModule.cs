using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Platform.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<AuditTrail>().AddScoped<AuditChain>();

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("审计").RequireAuthorization(Policies.Admin);
        group.MapGet("/verify", async (AuditChain chain, CancellationToken ct) => TypedResults.Ok(await chain.VerifyAsync(ct)))
            .WithSummary("校验审计日志哈希链");
        group.MapGet("/", ListAsync).WithSummary("审计日志（分页）");
        return api;
    }

    private static async Task<Ok<PagedResult<AuditEntry>>> ListAsync(
        AppDbContext db, [AsParameters] PageRequest page, string? entityType, string? entityKey, string? actor, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityKey)) query = query.Where(a => a.EntityKey == entityKey);
        if (!string.IsNullOrWhiteSpace(actor)) query = query.Where(a => a.Actor == actor);
        return TypedResults.Ok(await query.OrderByDescending(a => a.Id).ToPageAsync(page, ct));
    }
}
