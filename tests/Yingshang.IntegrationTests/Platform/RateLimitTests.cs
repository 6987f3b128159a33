using System.Net;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Platform;

public sealed class StrictSqliteAppFactory : SqliteAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Public:PermitLimit"] = "3",
        ["RateLimits:Public:WindowSeconds"] = "3600",
    };
}

public sealed class RateLimitTests(StrictSqliteAppFactory app) : IClassFixture<StrictSqliteAppFactory>
{
    [Fact]
    public async Task The_token_endpoint_answers_429_once_a_client_exceeds_its_limit()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "x", password = "y" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AppFactory.Password });
        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("title").GetString().ShouldBe("请求过于频繁");
        limited.Headers.RetryAfter.ShouldNotBeNull();
    }
}
