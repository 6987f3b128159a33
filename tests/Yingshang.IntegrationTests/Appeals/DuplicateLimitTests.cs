using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The duplicate finder compares at most Appeals:Duplicates:MaxCompared open appeals per window (3 here) and says when it stopped.</summary>
public abstract class DuplicateLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task More_open_appeals_in_the_window_than_are_compared_give_a_partial_answer_that_says_so()
    {
        using var op = await app.ClientForAsync("operator");
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var body = Body("求助", $"第 {i + 1} 次来电：楼道照明坏了没人修");
            body["requester"] = new Dictionary<string, object?> { ["name"] = "钱七", ["phone"] = "13700000901" };
            ids.Add((await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        }
        async Task<JsonElement> FindAsync() => await (await op.GetAsync("/api/v1/appeals/duplicates?phone=13700000901")).ShouldBeJsonAsync();

        // Exactly as many as are compared: complete.
        var complete = await FindAsync();
        complete.GetProperty("partial").GetBoolean().ShouldBeFalse();
        complete.GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
        complete.GetProperty("items").GetArrayLength().ShouldBe(3);

        var fourth = Body("求助", "第 4 次来电：楼道照明坏了没人修");
        fourth["requester"] = new Dictionary<string, object?> { ["name"] = "钱七", ["phone"] = "13700000901" };
        var latest = (await (await PostAsync(op, fourth)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var partial = await FindAsync();
        partial.GetProperty("partial").GetBoolean().ShouldBeTrue();
        partial.GetProperty("note").GetString().ShouldBe("时间窗内的在办诉求超过 3 件，只比对了最新受理的 3 件，更早的疑似重复可能未列出。");
        partial.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).Order().ShouldBe([ids[1], ids[2], latest]);

        // The detail page of the oldest (which leaves itself out: four others now) says so too, instead of a list that looks complete.
        var fifth = Body("求助", "第 5 次来电：楼道照明坏了没人修");
        fifth["requester"] = new Dictionary<string, object?> { ["name"] = "钱七", ["phone"] = "13700000901" };
        (await PostAsync(op, fifth)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var supervisor = await CookieSession.SignInAsync(app, "supervisor");
        (await supervisor.HtmlAsync($"/Appeals/{ids[0]}")).ShouldContain("只比对了最新受理的 3 件");
    }

    [Fact]
    public async Task The_appeals_compared_are_the_newest_received_not_the_highest_ids()
    {
        using var op = await app.ClientForAsync("operator");
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var body = Body("求助", $"第 {i + 1} 次来电：小区门口路灯不亮");
            body["requester"] = new Dictionary<string, object?> { ["name"] = "孙八", ["phone"] = "13700000902" };
            ids.Add((await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        }
        // Another instance's id block: the highest id was received an hour before the others.
        await app.InDatabaseAsync(db => db.Appeals.Where(a => a.Id == ids[3])
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, a => a.ReceivedAt.AddHours(-1))));

        var found = await (await op.GetAsync("/api/v1/appeals/duplicates?phone=13700000902")).ShouldBeJsonAsync();
        found.GetProperty("partial").GetBoolean().ShouldBeTrue();
        found.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).Order().ShouldBe(ids.Take(3));
    }
}

public sealed class DuplicateLimitSqliteApp : SqliteAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Appeals:Duplicates:MaxCompared"] = "3" };
}

public sealed class DuplicateLimitPostgresApp : PostgresAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Appeals:Duplicates:MaxCompared"] = "3" };
}

public sealed class DuplicateLimitTests_Sqlite(DuplicateLimitSqliteApp app) : DuplicateLimitTests<DuplicateLimitSqliteApp>(app);

public sealed class DuplicateLimitTests_Postgres(DuplicateLimitPostgresApp app) : DuplicateLimitTests<DuplicateLimitPostgresApp>(app);
