using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// Marks every answer the authorization middleware gave (a challenge or a refusal) with a header, so the matrix can tell
/// "refused by the endpoint's authorization metadata" from a 403/404 the endpoint itself chose (e.g. data scope).
/// </summary>
internal sealed class MarkingResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string Header = "X-Test-Authorization";
    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged) context.Response.Headers[Header] = "challenged";
        else if (authorizeResult.Forbidden) context.Response.Headers[Header] = "forbidden";
        return _inner.HandleAsync(next, context, policy, authorizeResult);
    }

    public static void Use(IWebHostBuilder builder) =>
        builder.ConfigureServices(s => s.AddSingleton<IAuthorizationMiddlewareResultHandler, MarkingResultHandler>());
}

internal static class RawClients
{
    /// <summary>A client that shows redirects instead of following them, signed in as <paramref name="user"/> (null: anonymous).</summary>
    public static async Task<HttpClient> RawClientAsync(this AppFactory app, string? user)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is null) return client;
        using var signedIn = await app.ClientForAsync(user);
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }
}

public sealed class MatrixSqliteApp : SqliteAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MarkingResultHandler.Use(builder);
    }
}

public sealed class MatrixPostgresApp : PostgresAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MarkingResultHandler.Use(builder);
    }
}
