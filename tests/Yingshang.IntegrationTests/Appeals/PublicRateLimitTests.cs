using System.Net;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.IntegrationTests.Platform;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The public endpoints share the "public" limit (3 an hour in this host): guessing tracking codes is cut off with 429.</summary>
public sealed class PublicRateLimitTests(StrictSqliteAppFactory app) : IClassFixture<StrictSqliteAppFactory>
{
    [Fact]
    public async Task Tracking_answers_429_once_a_client_exceeds_the_public_limit()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            (await client.GetAsync($"/api/v1/public/appeals/ABCDEFGH{i}J?phone4=1234")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var limited = await client.GetAsync("/api/v1/public/appeals/ABCDEFGHKJ?phone4=1234");
        (await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("title").GetString().ShouldBe("请求过于频繁");
        (await client.PostAsJsonAsync("/api/v1/public/appeals", new { content = "x" })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/Public/Track")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
