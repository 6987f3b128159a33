using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>One method on one route of the app, as its own endpoint data source lists it.</summary>
internal sealed record AppEndpoint(string Method, RoutePattern Pattern, Endpoint Endpoint)
{
    public string Route => "/" + (Pattern.RawText ?? "").TrimStart('/');

    public bool IsPage => Endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>"GET /api/v1/appeals/{id:int}": how failures and the anonymous allow-list name an endpoint.</summary>
    public string Name => $"{Method} {Route}";

    public override string ToString() => Name;
}

internal static class AppEndpoints
{
    /// <summary>
    /// Every endpoint the app maps (API, pages, health, OpenAPI), one per HTTP method; pages are GET and POST.
    /// Only the static files of wwwroot are left out: they are public by nature and carry no data.
    /// </summary>
    public static IReadOnlyList<AppEndpoint> All(AppFactory app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e))
            .SelectMany(e => MethodsOf(e).Select(m => new AppEndpoint(m, e.RoutePattern, e)))
            .DistinctBy(e => e.Name)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> MethodsOf(RouteEndpoint e)
    {
        if (e.Metadata.GetMetadata<PageActionDescriptor>() is not null) return ["GET", "POST"];
        return e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];
    }

    private static bool IsStaticAsset(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");

    /// <summary>Whether the authorization middleware lets anyone through without signing in.</summary>
    public static bool DeclaresAnonymous(AppEndpoint e) => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>Whether the endpoint carries any authorization metadata at all.</summary>
    public static bool DeclaresAuthorization(AppEndpoint e) =>
        DeclaresAnonymous(e) || e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                             || e.Endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0;
}
