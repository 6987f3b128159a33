using System.Net;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Time;

public abstract class CalendarReadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Three_working_days_from_the_Friday_before_Spring_Festival_are_due_on_25_February()
    {
        using var handler = await app.ClientForAsync("handler.market");
        var response = await handler.GetAsync("/api/v1/calendar/deadline?from=2026-02-13T10%3A00%3A00%2B08%3A00&workingDays=3");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"due":"2026-02-25T23:59:59+08:00"}""");
    }

    [Fact]
    public async Task An_unencoded_plus_in_the_offset_is_understood()
    {
        using var client = await app.ClientForAsync("operator");
        var json = await (await client.GetAsync("/api/v1/calendar/deadline?from=2026-09-30T10:00:00+08:00&workingDays=1")).ShouldBeJsonAsync();
        json.GetProperty("due").GetString().ShouldBe("2026-10-08T23:59:59+08:00");
    }

    [Fact]
    public async Task Hours_are_calendar_hours()
    {
        using var client = await app.ClientForAsync("operator");
        var json = await (await client.GetAsync("/api/v1/calendar/deadline?from=2026-09-30T20:00:00Z&hours=24")).ShouldBeJsonAsync();
        json.GetProperty("due").GetString().ShouldBe("2026-10-02T04:00:00+08:00");
    }

    [Theory]
    [InlineData("workingDays=3", "from")]
    [InlineData("from=yesterday&workingDays=3", "from")]
    [InlineData("from=2026-02-13T10:00:00Z&workingDays=three", "workingDays")]
    [InlineData("from=2026-02-13T10:00:00Z", "workingDays")]
    public async Task Malformed_input_is_a_400_naming_the_parameter(string query, string field)
    {
        using var client = await app.ClientForAsync("operator");
        var problem = await (await client.GetAsync($"/api/v1/calendar/deadline?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Theory]
    [InlineData("workingDays=366", "workingDays")]
    [InlineData("workingDays=-1", "workingDays")]
    [InlineData("hours=-2", "hours")]
    public async Task Out_of_range_limits_are_a_422_naming_the_parameter(string limit, string field)
    {
        using var client = await app.ClientForAsync("operator");
        var problem = await (await client.GetAsync($"/api/v1/calendar/deadline?from=2026-02-13T10:00:00Z&{limit}"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_deadline_reaching_into_an_unpublished_year_is_refused_with_a_clear_message()
    {
        using var client = await app.ClientForAsync("operator");
        var problem = await (await client.GetAsync("/api/v1/calendar/deadline?from=2026-12-28T10:00:00Z&workingDays=5"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("calendar-year-missing");
        problem.GetProperty("detail").GetString()!.ShouldContain("2027 年的节假日安排尚未录入");
    }

    [Fact]
    public async Task The_days_of_2026_are_listed_with_date_kind_and_name()
    {
        using var client = await app.ClientForAsync("leader");
        var days = (await (await client.GetAsync("/api/v1/calendar/days?year=2026")).ShouldBeJsonAsync()).EnumerateArray().ToList();
        days.Count.ShouldBe(39);
        days[0].ToString().ShouldBe("""{"date":"2026-01-01","kind":"holiday","name":"元旦"}""");
        days.Count(d => d.GetProperty("kind").GetString() == "workday").ShouldBe(6);
    }

    [Fact]
    public async Task Listing_an_unpublished_year_is_refused_and_a_missing_year_is_a_400()
    {
        using var client = await app.ClientForAsync("operator");
        (await (await client.GetAsync("/api/v1/calendar/days?year=2031")).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("calendar-year-missing");
        (await (await client.GetAsync("/api/v1/calendar/days")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("year", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_shipped_years_are_published_at_first_start()
    {
        using var client = await app.ClientForAsync("operator");
        var years = (await (await client.GetAsync("/api/v1/calendar/years")).ShouldBeJsonAsync()).EnumerateArray()
            .Select(y => y.GetProperty("year").GetInt32()).ToList();
        years.ShouldBe([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    }

    [Fact]
    public async Task The_calendar_needs_a_login()
    {
        using var anonymous = app.CreateClient();
        (await anonymous.GetAsync("/api/v1/calendar/deadline?from=2026-02-13T10:00:00Z&workingDays=3")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/calendar/days?year=2026")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class CalendarReadTests_Sqlite(SqliteAppFactory app) : CalendarReadTests<SqliteAppFactory>(app);

public sealed class CalendarReadTests_Postgres(PostgresAppFactory app) : CalendarReadTests<PostgresAppFactory>(app);
