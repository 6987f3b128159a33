using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Time;

public abstract class CalendarAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly object[] Year2028 =
    [
        new { date = "2028-01-01", kind = "holiday", name = "元旦" },
        new { date = "2028-01-29", kind = "workday", name = "春节" },
        new { date = "2028-02-01", kind = "holiday", name = "春节" },
    ];

    [Theory]
    [InlineData("operator")]
    [InlineData("supervisor")]
    [InlineData("lead.market")]
    public async Task Only_an_admin_may_change_the_calendar(string user)
    {
        using var client = await app.ClientForAsync(user);
        await (await client.PutAsJsonAsync("/api/v1/calendar/days/2026-03-02", new { kind = "holiday", name = "测试" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.DeleteAsync("/api/v1/calendar/days/2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync("/api/v1/calendar/years/2029", Year2028)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_day_added_by_the_admin_moves_deadlines_at_once_and_deleting_it_restores_them()
    {
        using var admin = await app.ClientForAsync("admin");
        const string deadline = "/api/v1/calendar/deadline?from=2026-03-13T10:00:00Z&workingDays=1";
        (await (await admin.GetAsync(deadline)).ShouldBeJsonAsync()).GetProperty("due").GetString().ShouldBe("2026-03-16T23:59:59+08:00");

        var created = await (await admin.PutAsJsonAsync("/api/v1/calendar/days/2026-03-16", new { kind = "holiday", name = "测试假日" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        created.ToString().ShouldBe("""{"date":"2026-03-16","kind":"holiday","name":"测试假日"}""");
        (await (await admin.GetAsync(deadline)).ShouldBeJsonAsync()).GetProperty("due").GetString().ShouldBe("2026-03-17T23:59:59+08:00");

        await (await admin.PutAsJsonAsync("/api/v1/calendar/days/2026-03-16", new { kind = "holiday", name = "改名" })).ShouldBeJsonAsync();
        (await admin.DeleteAsync("/api/v1/calendar/days/2026-03-16")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.DeleteAsync("/api/v1/calendar/days/2026-03-16")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await admin.GetAsync(deadline)).ShouldBeJsonAsync()).GetProperty("due").GetString().ShouldBe("2026-03-16T23:59:59+08:00");

        var actions = await app.InDatabaseAsync(async db =>
        {
            var key = await db.AuditEntries.Where(a => a.EntityType == "CalendarDay" && a.Action == "create" && a.After!.Contains("2026-03-16"))
                .Select(a => a.EntityKey).SingleAsync();
            return await db.AuditEntries.Where(a => a.EntityType == "CalendarDay" && a.EntityKey == key)
                .OrderBy(a => a.Id).Select(a => a.Action + ":" + a.Actor).ToListAsync();
        });
        actions.ShouldBe(["create:admin", "update:admin", "delete:admin"]);
    }

    [Theory]
    [InlineData("2026-03-17", "weekend", "x", HttpStatusCode.UnprocessableEntity, "kind")]
    [InlineData("2026-03-17", "workday", "x", HttpStatusCode.UnprocessableEntity, "kind")]
    [InlineData("2026-03-17", "holiday", "", HttpStatusCode.UnprocessableEntity, "name")]
    [InlineData("2026-02-31", "holiday", "x", HttpStatusCode.BadRequest, "date")]
    public async Task An_invalid_day_is_refused_naming_the_field(string date, string kind, string name, HttpStatusCode status, string field)
    {
        using var admin = await app.ClientForAsync("admin");
        var problem = await (await admin.PutAsJsonAsync($"/api/v1/calendar/days/{date}", new { kind, name })).ShouldBeProblemAsync(status);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_single_day_cannot_open_an_unpublished_year()
    {
        using var admin = await app.ClientForAsync("admin");
        (await (await admin.PutAsJsonAsync("/api/v1/calendar/days/2030-01-01", new { kind = "holiday", name = "元旦" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("calendar-year-missing");
    }

    [Fact]
    public async Task A_year_with_any_bad_row_stores_nothing_and_names_every_bad_row()
    {
        using var admin = await app.ClientForAsync("admin");
        object[] days =
        [
            new { date = "2029-01-01", kind = "holiday", name = "元旦" },
            new { date = "2028-12-31", kind = "holiday", name = "元旦" },
            new { date = "2029-01-01", kind = "holiday", name = "元旦" },
            new { date = "2029-01-02", kind = "workday", name = "元旦" },
        ];
        var problem = await (await admin.PostAsJsonAsync("/api/v1/calendar/years/2029", days)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        errors.ShouldBe(["days[1].date", "days[2].date", "days[3].kind"], ignoreOrder: true);
        var nullRow = await (await admin.PostAsJsonAsync("/api/v1/calendar/years/2029", new object?[] { null })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        nullRow.GetProperty("errors").TryGetProperty("days[0].date", out _).ShouldBeTrue(nullRow.ToString());
        await (await admin.GetAsync("/api/v1/calendar/days?year=2029")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_new_year_is_loaded_at_once_refused_twice_and_replaced_on_request()
    {
        using var admin = await app.ClientForAsync("admin");
        var summary = await (await admin.PostAsJsonAsync("/api/v1/calendar/years/2028", Year2028)).ShouldBeJsonAsync(HttpStatusCode.Created);
        summary.GetProperty("holidays").GetInt32().ShouldBe(2);
        // 31 Dec 2027 is still unpublished; 2 Jan 2028 (Sunday) + 1 working day = Monday 3 Jan.
        (await (await admin.GetAsync("/api/v1/calendar/deadline?from=2028-01-02T10:00:00Z&workingDays=1")).ShouldBeJsonAsync())
            .GetProperty("due").GetString().ShouldBe("2028-01-03T23:59:59+08:00");

        (await (await admin.PostAsJsonAsync("/api/v1/calendar/years/2028", Year2028)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("calendar-year-exists");

        object[] replacement = [new { date = "2028-01-03", kind = "holiday", name = "元旦" }];
        await (await admin.PostAsJsonAsync("/api/v1/calendar/years/2028?replace=true", replacement)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var days = (await (await admin.GetAsync("/api/v1/calendar/days?year=2028")).ShouldBeJsonAsync()).EnumerateArray().ToList();
        days.Select(d => d.GetProperty("date").GetString()).ShouldBe(["2028-01-03"]);
        (await (await admin.GetAsync("/api/v1/calendar/deadline?from=2028-01-02T10:00:00Z&workingDays=1")).ShouldBeJsonAsync())
            .GetProperty("due").GetString().ShouldBe("2028-01-04T23:59:59+08:00");
    }
}

public sealed class CalendarAdministrationTests_Sqlite(SqliteAppFactory app) : CalendarAdministrationTests<SqliteAppFactory>(app);

public sealed class CalendarAdministrationTests_Postgres(PostgresAppFactory app) : CalendarAdministrationTests<PostgresAppFactory>(app);
