using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Security;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// Every endpoint and page of the app (from its own endpoint data source) × anonymous and every demo user: the answer
/// must be the one the endpoint's own authorization metadata promises, and anonymous access is limited to
/// <see cref="AnonymousAllowList"/>.
/// </summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    /// <summary>Anonymous, every demo staff user, and the demo 企业用户 qiye.demo1 (role Enterprise with its <c>uscc</c> claim).</summary>
    private static readonly string?[] Callers = [null, .. DemoOrganisation.Users.Select(u => u.UserName), "qiye.demo1"];

    public async Task InitializeAsync()
    {
        await AppealApi.DispatchedAsync(app, "market");
        await AppealApi.DispatchedAsync(app, "housing");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_endpoint_declares_authorization_and_only_allow_listed_ones_are_anonymous()
    {
        var endpoints = AppEndpoints.All(app);
        var failures = new List<string>();
        foreach (var e in endpoints.Where(e => !AnonymousAllowList.Endpoints.ContainsKey(e.Name)))
        {
            if (!AppEndpoints.DeclaresAuthorization(e)) failures.Add($"{e.Name}: declares no authorization (RequireAuthorization, [Authorize] or AllowAnonymous)");
            else if (AppEndpoints.DeclaresAnonymous(e)) failures.Add($"{e.Name}: allows anonymous access but is not on the anonymous allow-list");
        }
        var names = endpoints.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        failures.AddRange(AnonymousAllowList.Endpoints.Keys.Where(k => !names.Contains(k)).Select(k => $"{k}: on the allow-list but not mapped"));
        failures.ShouldBeEmpty(string.Join('\n', failures));
        endpoints.Count(e => e.IsPage).ShouldBeGreaterThan(10);
        endpoints.Count(e => e.IsApi).ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Every_role_gets_from_every_endpoint_the_answer_its_metadata_promises()
    {
        var endpoints = AppEndpoints.All(app);
        var samples = await RouteSamples.LoadAsync(app);
        var failures = new List<string>();
        foreach (var caller in Callers)
        {
            using var client = await app.RawClientAsync(caller);
            var principal = await PrincipalAsync(caller);
            foreach (var e in endpoints)
            {
                var allowed = await AllowsAsync(e, principal);
                using var request = new HttpRequestMessage(new HttpMethod(e.Method), samples.Fill(e.Pattern));
                using var response = await client.SendAsync(request);
                var problem = Judge(e, caller, allowed, response);
                if (problem is not null) failures.Add($"{e.Name} as {caller ?? "anonymous"} ({request.RequestUri}): {problem}");
            }
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    private static string? Judge(AppEndpoint e, string? caller, bool allowed, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"answered {status}";
        var refused = response.Headers.Contains(MarkingResultHandler.Header);
        if (allowed) return refused ? $"refused ({status}) although its metadata allows this caller" : null;
        if (!refused) return $"answered {status} although its metadata refuses this caller";
        var location = response.Headers.Location?.OriginalString ?? "";
        return (caller, e.IsApi) switch
        {
            (null, true) when response.StatusCode != HttpStatusCode.Unauthorized => $"answered {status} instead of 401",
            (not null, true) when response.StatusCode != HttpStatusCode.Forbidden => $"answered {status} instead of 403",
            (null, false) when !location.Contains("/Account/Login", StringComparison.Ordinal) => $"answered {status} {location} instead of the login page",
            // Bearer-token callers get 403 from pages too; cookie callers are sent to the access-denied page.
            (not null, false) when response.StatusCode != HttpStatusCode.Forbidden
                                   && !location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => $"answered {status} {location} instead of 403",
            _ => null,
        };
    }

    private async Task<bool> AllowsAsync(AppEndpoint e, ClaimsPrincipal principal)
    {
        if (AppEndpoints.DeclaresAnonymous(e)) return true;
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            e.Endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        if (policy is null) return true;
        return (await app.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, null, policy)).Succeeded;
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string? userName)
    {
        if (userName is null) return new ClaimsPrincipal(new ClaimsIdentity());
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"demo user {userName} missing");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(MatrixSqliteApp app) : AuthorizationMatrixTests<MatrixSqliteApp>(app);
public sealed class AuthorizationMatrixTests_Postgres(MatrixPostgresApp app) : AuthorizationMatrixTests<MatrixPostgresApp>(app);
