using System.Net;
using System.Net.Http.Json;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Time;

/// <summary>
/// The admin is warned from 1 December that next year's calendar is not published (Platform/Time/CalendarCoverage.cs).
/// Alone in its class: it moves the clock and publishes 2027.
/// </summary>
public abstract class CalendarCoverageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Warning = "2027 年节假日安排尚未发布";

    [Fact]
    public async Task From_december_the_admin_sees_that_next_year_is_missing_until_it_is_published()
    {
        using (var november = await CookieSession.SignInAsync(app, "admin"))
            (await november.HtmlAsync("/")).ShouldNotContain(Warning); // 27 November

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)); // 1 December, 00:00 China time
        using var admin = await CookieSession.SignInAsync(app, "admin");
        using var supervisor = await CookieSession.SignInAsync(app, "supervisor");
        var page = await admin.HtmlAsync("/");
        page.ShouldContain(Warning);
        page.ShouldContain("/Admin/Calendar/LoadYear?year=2027");
        (await admin.HtmlAsync("/Admin/Users")).ShouldContain(Warning);
        (await supervisor.HtmlAsync("/")).ShouldNotContain(Warning); // only the admin can publish it

        using var api = await app.ClientForAsync("admin");
        object[] year2027 = [new { date = "2027-01-01", kind = "holiday", name = "元旦" }];
        await (await api.PostAsJsonAsync("/api/v1/calendar/years/2027", year2027)).ShouldBeJsonAsync(HttpStatusCode.Created);
        (await admin.HtmlAsync("/")).ShouldNotContain(Warning);
    }
}

public sealed class CalendarCoverageTests_Sqlite(SqliteAppFactory app) : CalendarCoverageTests<SqliteAppFactory>(app);
public sealed class CalendarCoverageTests_Postgres(PostgresAppFactory app) : CalendarCoverageTests<PostgresAppFactory>(app);
