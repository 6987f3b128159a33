using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>A record type owned by departments, the routes that take its id, and how a test makes one for a department.</summary>
internal sealed record DepartmentResource(Type Entity, string ListRoute, string[] IdRoutes, Func<AppFactory, string, Task<int>> CreateFor);

/// <summary>
/// A handler of another department who puts a foreign record's id into a URL, a body or a filter gets 403/404 and changes
/// nothing. Every <see cref="IDepartmentOwned"/>/<see cref="IDepartmentScoped{TSelf}"/> entity must be listed in
/// <see cref="Resources"/>, so a new department-owned record cannot be forgotten.
/// </summary>
public abstract class DepartmentTamperingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Own = "housing";
    private const string Foreign = "market";

    private static readonly DepartmentResource[] Resources =
    [
        new(typeof(Appeal), "/api/v1/appeals", ["/api/v1/appeals/{id", "/Appeals/{id"], (a, department) => AppealApi.DispatchedAsync(a, department)),
        new(typeof(Grant), "/api/v1/policies/grants", ["/api/v1/policies/grants/{id", "/Policies/Grants/{id"], GrantForAsync),
    ];

    private static int _grants;

    /// <summary>A 兑现 case of the department, opened as a match run would (the run itself does not matter here).</summary>
    private static Task<int> GrantForAsync(AppFactory app, string department) => app.InDatabaseAsync(async db =>
    {
        var n = Interlocked.Increment(ref _grants);
        var departmentId = await db.Departments.Where(d => d.Code == department).Select(d => d.Id).SingleAsync();
        var grant = Grant.Open(new GrantOpening(0, $"TAMPER-{n}", "篡改测试奖补", 0, new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30),
            departmentId, $"91532901TAMPER{n:D4}", "篡改测试企业", "示范市", 1000m, []), app.Clock.GetUtcNow().UtcDateTime);
        db.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    });

    [Fact]
    public async Task Every_department_owned_record_type_is_covered()
    {
        var owned = await app.InDatabaseAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => typeof(IDepartmentOwned).IsAssignableFrom(t)
                        || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDepartmentScoped<>)))
            .ToList()));
        owned.ShouldNotBeEmpty();
        var missing = owned.Where(t => Resources.All(r => r.Entity != t)).Select(t => t.FullName).ToList();
        missing.ShouldBeEmpty($"department-owned types without a tampering check in {nameof(DepartmentTamperingTests<TApp>)}.{nameof(Resources)}: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Foreign_ids_in_urls_are_refused_and_change_nothing()
    {
        var fingerprint = await DatabaseFingerprint.ForAsync(app);
        var failures = new List<string>();
        using var handler = await app.RawClientAsync("handler." + Own);
        foreach (var resource in Resources)
        {
            var foreign = await resource.CreateFor(app, Foreign);
            var before = await fingerprint.TakeAsync();
            foreach (var e in AppEndpoints.All(app).Where(e => resource.IdRoutes.Any(p => e.Route.StartsWith(p, StringComparison.Ordinal))))
            {
                var url = string.Concat(e.Route.Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => "/" + (s.StartsWith("{id", StringComparison.Ordinal) ? $"{foreign}" : s)));
                using var request = new HttpRequestMessage(new HttpMethod(e.Method), url);
                if (e.Method != "GET") request.Content = JsonContent.Create(TamperBody(foreign));
                using var response = await handler.SendAsync(request);
                if (!Refused(e, response)) failures.Add($"{e.Name} with {resource.Entity.Name} {foreign} of {Foreign}: answered {(int)response.StatusCode}");
            }
            (await fingerprint.TakeAsync()).ShouldBe(before, "a refused request changed the database");
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    [Fact]
    public async Task Foreign_ids_in_bodies_and_filters_reach_nothing()
    {
        var failures = new List<string>();
        using var handler = await app.RawClientAsync("handler." + Own);
        foreach (var resource in Resources)
        {
            var own = await resource.CreateFor(app, Own);
            var foreign = await resource.CreateFor(app, Foreign);
            var version = await VersionOfAsync(resource, foreign);
            foreach (var e in AppEndpoints.All(app).Where(e => e.IsApi && e.Method != "GET"
                         && resource.IdRoutes.Any(p => e.Route.StartsWith(p, StringComparison.Ordinal))))
            {
                var url = e.Route.Replace(e.Route[e.Route.IndexOf("{id", StringComparison.Ordinal)..(e.Route.IndexOf('}') + 1)], $"{own}", StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(e.Method), url) { Content = JsonContent.Create(TamperBody(foreign)) };
                using var response = await handler.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{e.Name}: answered {(int)response.StatusCode}");
                if (await VersionOfAsync(resource, foreign) != version) failures.Add($"{e.Name}: changed {resource.Entity.Name} {foreign} of {Foreign} through its body");
            }
            var list = await handler.GetAsync($"{resource.ListRoute}?department={Foreign}&pageSize=500");
            if (list.IsSuccessStatusCode && ContainsId(JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement, foreign))
                failures.Add($"GET {resource.ListRoute}?department={Foreign}: lists {resource.Entity.Name} {foreign}");
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    private static Dictionary<string, object?> TamperBody(int foreign) => new Dictionary<string, object?>
    {
        ["id"] = foreign, ["into"] = foreign, ["appealId"] = foreign, ["department"] = Own, ["coDepartments"] = new[] { Own },
        ["note"] = "篡改", ["content"] = "篡改", ["reason"] = "篡改", ["workingDays"] = 1, ["resolved"] = true, ["satisfaction"] = 5,
    };

    private static bool Refused(AppEndpoint e, HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.NotFound or HttpStatusCode.Forbidden => true,
        // Pages refuse a POST without an antiforgery token before any handler runs.
        HttpStatusCode.BadRequest => e.IsPage && e.Method == "POST",
        HttpStatusCode.Redirect => response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true,
        _ => false,
    };

    private Task<int> VersionOfAsync(DepartmentResource resource, int id) =>
        app.InDatabaseAsync(async db => ((IVersioned)(await db.FindAsync(resource.Entity, id))!).Version);

    private static bool ContainsId(JsonElement json, int id) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Any(p =>
            (p.Name == "id" && p.Value.ValueKind == JsonValueKind.Number && p.Value.GetInt32() == id) || ContainsId(p.Value, id)),
        JsonValueKind.Array => json.EnumerateArray().Any(i => ContainsId(i, id)),
        _ => false,
    };
}

public sealed class DepartmentTamperingTests_Sqlite(SqliteAppFactory app) : DepartmentTamperingTests<SqliteAppFactory>(app);
public sealed class DepartmentTamperingTests_Postgres(PostgresAppFactory app) : DepartmentTamperingTests<PostgresAppFactory>(app);
