using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Security;

/// <summary>
/// A bearer token is a self-contained ticket valid for hours; without this check a deactivated user (or one whose
/// password or roles were reset — both change the security stamp) would keep API access until it expires.
/// It is one primary-key read per API request: a cache would keep a revoked token alive on the other instances.
/// </summary>
internal static class BearerRevocation
{
    public static IApplicationBuilder UseBearerRevocation(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true && IsBearer(http) && !await IsCurrentAsync(http, user))
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(http);
    });

    private static bool IsBearer(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = principal.FindFirstValue(options.UserIdClaimType);
        var stamp = principal.FindFirstValue(options.SecurityStampClaimType);
        if (id is null || stamp is null) return false;

        var db = services.GetRequiredService<Persistence.AppDbContext>();
        var current = await db.Users.AsNoTracking().AnyAsync(u => u.Id == id && u.IsActive && u.SecurityStamp == stamp, http.RequestAborted);
        return current;
    }
}
