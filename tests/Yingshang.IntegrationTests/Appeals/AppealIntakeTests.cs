using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

public abstract class AppealIntakeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_phone_call_becomes_a_received_appeal_with_a_case_number_and_a_tracking_code()
    {
        using var op = await app.ClientForAsync("operator");
        var json = await (await PostAsync(op, Body())).ShouldBeJsonAsync(HttpStatusCode.Created);
        json.GetProperty("status").GetString().ShouldBe("received");
        json.GetProperty("number").GetString()!.ShouldMatch(@"^SFZ-APL-2026-\d{6}$");
        json.GetProperty("trackingCode").GetString()!.ShouldMatch("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$");
        json.GetProperty("type").GetString().ShouldBe("投诉");
        json.GetProperty("county").GetString().ShouldBe("东城县");
        json.GetProperty("deadlines").GetProperty("close").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("history")[0].GetProperty("action").GetString().ShouldBe("receive");
    }

    [Theory]
    [InlineData("content", "")]
    [InlineData("content", "LONG")]
    [InlineData("type", "吐槽")]
    [InlineData("urgency", "特急")]
    [InlineData("channel", "fax")]
    [InlineData("county", "")]
    [InlineData("county", "不存在县")]
    [InlineData("address", "LONG")]
    [InlineData("category", "LONG")]
    [InlineData("requester.name", "")]
    [InlineData("requester.phone", "")]
    [InlineData("requester.phone", "12345")]
    [InlineData("requester.phone", "138123456789")]
    public async Task Each_invalid_field_is_named_in_a_422(string field, string value)
    {
        var body = Body();
        var text = value == "LONG" ? new string('长', field == "content" ? 4001 : 201) : value;
        if (field.StartsWith("requester.", StringComparison.Ordinal))
            ((Dictionary<string, object?>)body["requester"]!)[field["requester.".Length..]] = text;
        else body[field] = text;
        using var op = await app.ClientForAsync("operator");
        var problem = await (await PostAsync(op, body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Every_invalid_field_of_one_request_is_named_at_once_and_nothing_is_stored()
    {
        var body = Body(content: " ");
        body["type"] = "吐槽";
        body["channel"] = "fax";
        body["county"] = "不存在县";
        body["address"] = new string('长', 201);
        ((Dictionary<string, object?>)body["requester"]!)["name"] = "";
        ((Dictionary<string, object?>)body["requester"]!)["phone"] = "12345";
        using var op = await app.ClientForAsync("operator");
        var before = await CountAsync();
        var problem = await (await PostAsync(op, body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldBe(["content", "type", "channel", "county", "address", "requester.name", "requester.phone"], ignoreOrder: true);
        problem.GetProperty("detail").GetString()!.ShouldContain("requester.phone: 联系电话须为 11 位手机号");
        (await CountAsync()).ShouldBe(before);
    }

    private Task<int> CountAsync() => app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task Content_of_exactly_4000_characters_and_a_landline_are_accepted()
    {
        var body = Body(content: new string('字', 4000));
        ((Dictionary<string, object?>)body["requester"]!)["phone"] = "0871-61234567";
        using var op = await app.ClientForAsync("operator");
        await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        using var op = await app.ClientForAsync("operator");
        using var content = new StringContent("{\"content\": ", System.Text.Encoding.UTF8, "application/json");
        await (await op.PostAsync("/api/v1/appeals", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_department_handler_cannot_take_calls()
    {
        using var handler = await app.ClientForAsync("handler.market");
        (await PostAsync(handler, Body())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_same_appeal()
    {
        using var op = await app.ClientForAsync("operator");
        var key = Guid.NewGuid().ToString();
        var first = await (await PostAsync(op, Body(), key)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var again = await PostAsync(op, Body(), key);
        var second = await again.ShouldBeJsonAsync(HttpStatusCode.Created);
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        second.GetProperty("id").GetInt32().ShouldBe(first.GetProperty("id").GetInt32());
        (await app.InDatabaseAsync(db => db.Appeals.CountAsync(a => a.IdempotencyKey == key))).ShouldBe(1);
    }

    [Fact]
    public async Task A_key_belongs_to_its_caller_so_two_callers_sending_the_same_key_get_two_appeals()
    {
        using var op = await app.ClientForAsync("operator");
        using var supervisor = await app.ClientForAsync("supervisor");
        var key = $"shared-{Guid.NewGuid():N}";
        var mine = await (await PostAsync(op, Body(), key)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var theirs = await PostAsync(supervisor, Body(), key);
        theirs.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await theirs.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32().ShouldNotBe(mine.GetProperty("id").GetInt32());
        await (await PostAsync(supervisor, Body(content: "另一件事"), key)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.InDatabaseAsync(db => db.Appeals.CountAsync(a => a.IdempotencyKey == key))).ShouldBe(2);
    }

    [Fact]
    public async Task A_key_reused_for_different_content_is_refused()
    {
        using var op = await app.ClientForAsync("operator");
        var key = Guid.NewGuid().ToString();
        await (await PostAsync(op, Body(), key)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var problem = await (await PostAsync(op, Body(content: "另一件事"), key)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("idempotency-key-reused");
    }

    [Fact]
    public async Task Ten_concurrent_requests_with_one_key_create_one_appeal()
    {
        var key = Guid.NewGuid().ToString();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++) clients.Add(await app.ClientForAsync("operator"));
        var responses = await Task.WhenAll(clients.Select(c => PostAsync(c, Body(content: "并发重试的同一来电"), key)));
        var ids = new List<int>();
        foreach (var r in responses) ids.Add((await r.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        ids.Distinct().Count().ShouldBe(1);
        (await app.InDatabaseAsync(db => db.Appeals.CountAsync(a => a.IdempotencyKey == key))).ShouldBe(1);
        foreach (var c in clients) c.Dispose();
    }
}

public sealed class AppealIntakeTests_Sqlite(SqliteAppFactory app) : AppealIntakeTests<SqliteAppFactory>(app);

public sealed class AppealIntakeTests_Postgres(PostgresAppFactory app) : AppealIntakeTests<PostgresAppFactory>(app);
