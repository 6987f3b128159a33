using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Open311.Keys;

public sealed record ApiKeyDto(int Id, string Client, bool Active, string CreatedAt, string CreatedBy, string? RevokedAt);

public sealed record IssueApiKey(string? Client);

public sealed record IssuedApiKey(int Id, string Client, string ApiKey);

/// <summary>The Admin issues and revokes Open311 keys: <c>/api/v1/appeals/open311/keys</c>.</summary>
internal static class ApiKeyEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        var keys = appeals.MapGroup("/open311/keys").RequireAuthorization(Platform.Security.Policies.Admin);
        keys.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Set<Open311ApiKey>().AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct)).Select(Dto).ToList()))
            .WithSummary("Open311 密钥列表（只显示客户端，不显示密钥）");
        keys.MapPost("/", async (IssueApiKey body, AppDbContext db, CancellationToken ct) =>
            {
                var (key, plain) = Open311ApiKey.Issue(body.Client);
                db.Add(key);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/appeals/open311/keys/{key.Id}", new IssuedApiKey(key.Id, key.Client, plain));
            })
            .WithSummary("为客户端发放 Open311 密钥（密钥只在此应答中出现一次）");
        keys.MapPost("/{id:int}/revoke", async Task<Results<Ok<ApiKeyDto>, NotFound>> (int id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                if (await db.Set<Open311ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct) is not { } key) return TypedResults.NotFound();
                key.Revoke(clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(Dto(key));
            })
            .WithSummary("停用 Open311 密钥");
    }

    private static ApiKeyDto Dto(Open311ApiKey k) =>
        new(k.Id, k.Client, k.IsActive, Detail.AppealReader.Iso(k.CreatedAt)!, k.CreatedBy, Detail.AppealReader.Iso(k.RevokedAt));
}

/// <summary>The demo database's key <c>demo-open311-key</c>, so that the API can be tried at once.</summary>
internal sealed class DemoApiKeySeeder : ISeeder
{
    public const string DemoKey = "demo-open311-key";

    public int Order => 30;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var hash = Open311ApiKey.Hash(DemoKey);
        if (await db.Set<Open311ApiKey>().AnyAsync(k => k.KeyHash == hash, ct)) return;
        db.Add(Open311ApiKey.WithKey("演示客户端", DemoKey));
        await db.SaveChangesAsync(ct);
    }
}
