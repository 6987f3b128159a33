using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The app with its clock at Friday 13 February 2026, 10:00 in Beijing, the eve of the Spring Festival break.</summary>
internal static class SpringFestival
{
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero));

    public static void Use(IWebHostBuilder builder, FakeTimeProvider clock) => builder.ConfigureServices(services =>
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
    });
}

public sealed class SpringFestivalSqliteApp : SqliteAppFactory
{
    public FakeTimeProvider February { get; } = SpringFestival.Clock();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SpringFestival.Use(builder, February);
    }
}

public sealed class SpringFestivalPostgresApp : PostgresAppFactory
{
    public FakeTimeProvider February { get; } = SpringFestival.Clock();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SpringFestival.Use(builder, February);
    }
}

public abstract class AppealDeadlineTests<TApp>(TApp app, FakeTimeProvider clock) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_complaint_dispatched_before_the_Spring_Festival_is_due_after_the_holiday_and_then_overdue()
    {
        var id = await DispatchedAsync(app);
        using var op = await app.ClientForAsync("operator");
        var json = await GetAsync(op, id);
        var deadlines = json.GetProperty("deadlines");
        // Working days after Fri 13 Feb: Sat 14 (调休), then 24, 25, 26, 27, Sat 28 (调休), 2, 3, 4, 5 March.
        deadlines.GetProperty("sign").GetString().ShouldBe("2026-02-14T23:59:59+08:00");
        deadlines.GetProperty("contact").GetString().ShouldBe("2026-02-24T23:59:59+08:00");
        deadlines.GetProperty("close").GetString().ShouldBe("2026-03-05T23:59:59+08:00");
        json.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        json.GetProperty("slaState").GetString().ShouldBe("正常");

        clock.Advance(TimeSpan.FromDays(2)); // Sunday 15 Feb: not signed by Saturday night
        using var later = await FreshClientAsync("operator"); // bearer tokens last 8 hours
        var late = await GetAsync(later, id);
        late.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        late.GetProperty("slaState").GetString().ShouldBe("已超期");
        var overdue = await (await later.GetAsync("/api/v1/appeals?overdue=true&pageSize=500")).ShouldBeJsonAsync();
        overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldContain(id);
        var onTime = await (await later.GetAsync("/api/v1/appeals?overdue=false&pageSize=500")).ShouldBeJsonAsync();
        onTime.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldNotContain(id);
    }

    private async Task<HttpClient> FreshClientAsync(string userName)
    {
        using var anonymous = app.CreateClient();
        var token = await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFactory.Password })).ShouldBeJsonAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class AppealDeadlineTests_Sqlite(SpringFestivalSqliteApp app) : AppealDeadlineTests<SpringFestivalSqliteApp>(app, app.February);

public sealed class AppealDeadlineTests_Postgres(SpringFestivalPostgresApp app) : AppealDeadlineTests<SpringFestivalPostgresApp>(app, app.February);
