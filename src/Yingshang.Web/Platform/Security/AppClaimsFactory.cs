using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Yingshang.Web.Platform.Security;

/// <summary>Adds the department and display name to the principal so scoping needs no query per request.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } id)
            identity.AddClaim(new Claim(AppClaims.DepartmentId, id.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
