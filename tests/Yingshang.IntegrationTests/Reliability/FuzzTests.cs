using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// Thousands of hostile requests (seeded, so a failure replays) to every API endpoint that takes a body or a query, as
/// the Admin who may call them all: never a 5xx, and a request answered 4xx leaves the database exactly as it was.
/// </summary>
public abstract class FuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const int Seed = 20261127;
    private const int Budget = 2000;

    [Fact]
    public async Task Hostile_requests_never_get_a_5xx_and_rejected_ones_change_nothing()
    {
        await AppealApi.DispatchedAsync(app, "market");
        var targets = FuzzTarget.All(app);
        targets.Count.ShouldBeGreaterThan(10);
        var samples = await RouteSamples.LoadAsync(app);
        var fingerprint = await DatabaseFingerprint.ForAsync(app);
        var mutations = new Mutations(new Random(Seed));
        using var admin = await app.ClientForAsync("admin");
        var failures = new List<string>();
        var known = await fingerprint.TakeAsync();
        var perTarget = Math.Max(20, Budget / targets.Count);
        foreach (var target in targets)
        {
            for (var i = 0; i < perTarget && failures.Count < 50; i++)
            {
                var mutation = mutations.Next(target);
                using var request = new HttpRequestMessage(new HttpMethod(target.Method), samples.Fill(target.Route) + mutation.Query)
                {
                    Content = target.Method is "GET" or "DELETE" && mutation.Query.Length > 0 ? null : mutation.Content(),
                };
                using var response = await admin.SendAsync(request);
                var status = (int)response.StatusCode;
                var now = await fingerprint.TakeAsync();
                if (status >= 500)
                    failures.Add($"{target.Name} [{mutation.What}]: {status} {Shorten(await response.Content.ReadAsStringAsync())}");
                else if (status >= 400 && now != known)
                    failures.Add($"{target.Name} [{mutation.What}]: answered {status} but changed the database");
                known = now;
            }
        }
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;
}

public sealed class FuzzTests_Sqlite(SqliteAppFactory app) : FuzzTests<SqliteAppFactory>(app);
public sealed class FuzzTests_Postgres(PostgresAppFactory app) : FuzzTests<PostgresAppFactory>(app);
