using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Open311;
using Yingshang.Web.Features.Appeals.Open311.Keys;
using Yingshang.Web.Platform.Time;
using static Yingshang.IntegrationTests.Appeals.Open311.GeoReportClient;

namespace Yingshang.IntegrationTests.Appeals.Open311;

/// <summary>GeoReport v2 caps a list at 1000 and has no paging: more is said in headers and the rest is one link away.</summary>
public abstract class Open311VolumeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task More_than_1000_matching_requests_give_the_newest_1000_with_headers_that_say_so_and_link_the_rest()
    {
        var now = app.Clock.GetUtcNow();
        var numbers = await app.InDatabaseAsync(async db =>
        {
            var region = await db.Regions.Where(r => r.Code == "DCX").Select(r => r.Id).SingleAsync();
            var key = await db.Set<Open311ApiKey>().Select(k => k.Id).FirstAsync();
            var calendar = new WorkCalendar([], []);
            var appeals = Enumerable.Range(0, 1001).Select(i => Appeal.Receive(
                new AppealIntake($"批量请求 {i}", AppealType.Help, AppealUrgency.Normal, AppealChannel.Open311, region, "人民路", "市容环卫", "测试",
                    "13900000000", false, null, null),
                $"T311-{i:D5}", $"T311{i:D6}", new AppealContext("test", "测试", now.AddMinutes(-10 - i), calendar))).ToList();
            db.Appeals.AddRange(appeals);
            await db.SaveChangesAsync();
            db.AddRange(appeals.Select(a => new Open311Submission(a.Id, key, "city-appearance", new Open311Location(null, null, null),
                new Open311Contact(null, null, null, null))));
            await db.SaveChangesAsync();
            return appeals.Select(a => a.Number).ToList();
        });

        using var client = app.CreateClient();
        var first = await client.GetAsync("/open311/v2/requests.json?service_code=city-appearance");
        var firstNumbers = (await JsonAsync(first)).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToList();
        firstNumbers.Count.ShouldBe(1000);
        firstNumbers.ShouldBe(numbers.Take(1000));
        first.Headers.GetValues("X-Open311-Truncated").ShouldBe(["true"]);
        var link = first.Headers.GetValues("Link").Single();
        link.ShouldStartWith("</open311/v2/requests.json?");
        link.ShouldEndWith(">; rel=\"next\"");
        link.ShouldContain("service_code=city-appearance");

        var next = await client.GetAsync(link[1..link.IndexOf('>', StringComparison.Ordinal)]);
        var nextNumbers = (await JsonAsync(next)).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToList();
        // end_date is inclusive: the oldest of the first answer comes again, and nothing is skipped.
        nextNumbers.ShouldBe([numbers[999], numbers[1000]]);
        next.Headers.Contains("X-Open311-Truncated").ShouldBeFalse();
        next.Headers.Contains("Link").ShouldBeFalse();
    }
}

public sealed class Open311VolumeTests_Sqlite(SqliteAppFactory app) : Open311VolumeTests<SqliteAppFactory>(app);

public sealed class Open311VolumeTests_Postgres(PostgresAppFactory app) : Open311VolumeTests<PostgresAppFactory>(app);
