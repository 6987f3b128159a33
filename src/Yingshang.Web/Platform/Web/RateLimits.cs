using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Yingshang.Web.Platform.Web;

/// <summary>Per-client limits on the endpoints anyone can call without an account (login, public forms).</summary>
public static class RateLimits
{
    public const string Public = "public";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:Public:PermitLimit", 30);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimits:Public:WindowSeconds", 60));
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Public, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                var message = $"同一来源每 {window.TotalSeconds:0} 秒最多 {permits} 次请求，请稍后再试。";
                if (http.GetEndpoint()?.Metadata.GetMetadata<IRateLimitRejection>() is { } custom)
                {
                    await custom.WriteAsync(http, message);
                    return;
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests, Title = "请求过于频繁",
                        Detail = message,
                    },
                });
            };
        });
    }
}

/// <summary>
/// Endpoint metadata for APIs whose errors are not ProblemDetails (Open311's GeoReport format): writes the 429 answer,
/// status code included.
/// </summary>
public interface IRateLimitRejection
{
    Task WriteAsync(HttpContext http, string message);
}
