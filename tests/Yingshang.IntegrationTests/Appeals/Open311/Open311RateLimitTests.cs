using System.Net;
using Yingshang.IntegrationTests.Platform;
using static Yingshang.IntegrationTests.Appeals.Open311.GeoReportClient;

namespace Yingshang.IntegrationTests.Appeals.Open311;

public sealed class Open311RateLimitTests(StrictSqliteAppFactory app) : IClassFixture<StrictSqliteAppFactory>
{
    [Fact]
    public async Task Anonymous_reads_share_the_public_limit_and_are_refused_in_the_spec_format()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++) await JsonAsync(await client.GetAsync("/open311/v2/services.json"));
        (await JsonErrorAsync(await client.GetAsync("/open311/v2/requests.json"), HttpStatusCode.TooManyRequests)).ShouldContain("秒最多");
        (await XmlErrorAsync(await client.GetAsync("/open311/v2/services.xml"), HttpStatusCode.TooManyRequests)).ShouldContain("秒最多");
    }
}
