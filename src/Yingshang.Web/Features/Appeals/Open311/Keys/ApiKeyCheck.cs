using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Open311.Documents;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Open311.Keys;

/// <summary>Checks a POST's api_key and makes its client the request's user, so that history and audit name who submitted.</summary>
public sealed class ApiKeyCheck(AppDbContext db, IHttpContextAccessor http)
{
    public const string Scheme = "Open311ApiKey";

    public async Task<Open311ApiKey> RequireAsync(string? apiKey, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(apiKey)) throw GeoReportException.Forbidden("缺少 api_key，无法受理服务请求");
        var hash = Open311ApiKey.Hash(apiKey.Trim());
        var key = await db.Set<Open311ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, ct);
        if (key is not { IsActive: true }) throw GeoReportException.Forbidden("api_key 无效或已停用，无法受理服务请求");
        if (http.HttpContext is { } context)
            context.User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, $"open311:{key.Id}"), new Claim(AppClaims.DisplayName, $"Open311 · {key.Client}")], Scheme));
        return key;
    }
}
