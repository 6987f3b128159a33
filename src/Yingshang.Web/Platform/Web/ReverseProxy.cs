using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Yingshang.Web.Platform.Web;

/// <summary>
/// Behind nginx the client's address comes from X-Forwarded-For, so that rate limits count each client rather than
/// the proxy. Only proxies listed in <c>ReverseProxy:KnownProxies</c> (loopback is always trusted) may set it.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
}
