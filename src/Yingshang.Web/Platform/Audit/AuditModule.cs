using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Platform.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<AuditTrail>().AddScoped<AuditChain>().AddSingleton<AuditEntityTypes>()
            .AddJob<AuditSealer>("audit-seal", AuditSealer.Interval);

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("审计").RequireAuthorization(Policies.Admin);
        group.MapGet("/verify", async (AuditChain chain, CancellationToken ct) => TypedResults.Ok(await chain.VerifyAsync(ct)))
            .WithSummary("校验审计日志哈希链");
        group.MapGet("/", ListAsync).WithSummary("审计日志（分页，最新在前；from/to 为北京时间日期，含首尾）");
        return api;
    }

    private static async Task<Ok<PagedResult<AuditEntry>>> ListAsync(
        AppDbContext db, [AsParameters] PageRequest page, string? entityType, string? entityKey, string? actor,
        DateOnly? from, DateOnly? to, CancellationToken ct) =>
        TypedResults.Ok(await db.AuditEntries.AsNoTracking()
            .Filter(new AuditFilter(actor, entityType, entityKey, from, to)).ToPageAsync(page, ct));
}
