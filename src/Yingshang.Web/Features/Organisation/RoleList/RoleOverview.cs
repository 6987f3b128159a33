using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Organisation.RoleList;

public sealed record RoleSummary(string Name, string Title, string Description, int Users, int ActiveUsers);

/// <summary>The eight roles in the order of DESIGN.md, with how many users hold each.</summary>
public sealed class RoleOverview(AppDbContext db)
{
    public async Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken ct)
    {
        var stored = await db.Roles.AsNoTracking()
            .Select(r => new
            {
                r.Name, r.Title, r.Description,
                Users = db.UserRoles.Count(ur => ur.RoleId == r.Id),
                ActiveUsers = db.UserRoles.Count(ur => ur.RoleId == r.Id && db.Users.Any(u => u.Id == ur.UserId && u.IsActive)),
            }).ToListAsync(ct);
        // The role table holds the titles shown to users; Roles.All fills in a role not seeded yet.
        return Roles.All.Select(role => stored.FirstOrDefault(s => s.Name == role.Name) is { } s
                ? new RoleSummary(role.Name, Text(s.Title, role.Title), Text(s.Description, role.Description), s.Users, s.ActiveUsers)
                : new RoleSummary(role.Name, role.Title, role.Description, 0, 0))
            .ToList();
    }

    private static string Text(string stored, string fallback) => string.IsNullOrWhiteSpace(stored) ? fallback : stored;
}

internal static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/roles", async Task<Ok<IReadOnlyList<RoleSummary>>> (RoleOverview roles, CancellationToken ct) =>
                TypedResults.Ok(await roles.ListAsync(ct)))
            .WithTags("用户").RequireAuthorization(Policies.Admin).WithSummary("角色及其用户数");
}
