using System.Security.Claims;

namespace Yingshang.Web.Platform.Security;

public interface ICurrentUser
{
    /// <summary>User name for audit records; "system" outside a request, "anonymous" for the public.</summary>
    string Name { get; }
    string? Id { get; }
    bool IsAuthenticated { get; }
    int? DepartmentId { get; }
    bool IsInRole(string role);
}

public static class AppClaims
{
    public const string DepartmentId = "yingshang:department";
    public const string DisplayName = "yingshang:display-name";
    /// <summary>The USCC an <see cref="Roles.Enterprise"/> user acts for (an Identity user claim).</summary>
    public const string Uscc = "uscc";
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string Name => accessor.HttpContext is null ? "system" : IsAuthenticated ? Principal!.Identity!.Name ?? "unknown" : "anonymous";

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public int? DepartmentId => int.TryParse(Principal?.FindFirstValue(AppClaims.DepartmentId), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    /// <summary>True when there is no HTTP request: start-up, seeding and background jobs act as the system.</summary>
    public bool IsSystem => accessor.HttpContext is null;
}
