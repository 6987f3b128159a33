using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Yingshang.Web.Platform.Security;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>Issues bearer tokens (data-protected tickets, readable by every instance) after a password check with lockout.</summary>
internal sealed class TokenIssuer(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearer,
    TimeProvider clock)
{
    public async Task<TokenResponse?> IssueAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || !user.IsActive) return null;
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded) return null;

        var options = bearer.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var expires = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expires },
            IdentityConstants.BearerScheme);
        var token = options.BearerTokenProtector.Protect(ticket);
        return new TokenResponse(token, Time.ChinaTime.ToLocal(expires));
    }
}
