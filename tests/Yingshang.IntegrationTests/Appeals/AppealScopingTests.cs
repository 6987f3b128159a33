using System.Net;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

public abstract class AppealScopingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Theory]
    [InlineData("sign")]
    [InlineData("contact")]
    [InlineData("reply")]
    [InlineData("return")]
    [InlineData("extend")]
    [InlineData("return/approve")]
    public async Task Another_department_gets_404_on_read_and_on_every_step(string step)
    {
        var id = await DispatchedAsync(app, "market");
        using var housing = await app.ClientForAsync("handler.housing");
        await (await housing.GetAsync($"/api/v1/appeals/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await StepAsync(housing, id, step, new { note = "x", content = "x", reason = "x", workingDays = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await GetAsync(await app.ClientForAsync("handler.market"), id)).GetProperty("status").GetString().ShouldBe("dispatched");
    }

    [Fact]
    public async Task Another_department_does_not_see_the_appeal_in_lists()
    {
        var id = await DispatchedAsync(app, "market");
        using var housing = await app.ClientForAsync("handler.housing");
        using var market = await app.ClientForAsync("handler.market");
        var theirs = await (await housing.GetAsync("/api/v1/appeals?pageSize=500")).ShouldBeJsonAsync();
        theirs.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldNotContain(id);
        var ours = await (await market.GetAsync("/api/v1/appeals?pageSize=500")).ShouldBeJsonAsync();
        ours.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("departmentCode").GetString()).Distinct().ShouldBe(["market"]);
        await (await housing.GetAsync("/api/v1/appeals?department=market")).ShouldBeJsonAsync();
    }

    [Fact]
    public async Task A_co_handling_department_reads_the_appeal_but_cannot_act_as_the_lead()
    {
        var id = await DispatchedAsync(app, "market", "housing");
        using var housing = await app.ClientForAsync("handler.housing");
        var seen = await GetAsync(housing, id);
        seen.GetProperty("actions").GetArrayLength().ShouldBe(0);
        await (await StepAsync(housing, id, "sign")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Inspectors_have_no_access_to_appeals()
    {
        using var inspector = await app.ClientForAsync("inspector.market");
        (await inspector.GetAsync("/api/v1/appeals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_undispatched_appeal_is_seen_only_by_the_centre()
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op);
        using var market = await app.ClientForAsync("handler.market");
        await (await market.GetAsync($"/api/v1/appeals/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await GetAsync(await app.ClientForAsync("leader"), id)).GetProperty("status").GetString().ShouldBe("received");
    }

    [Fact]
    public async Task A_confidential_requester_is_shown_to_departments_as_confidential()
    {
        using var op = await app.ClientForAsync("operator");
        var body = Body();
        ((Dictionary<string, object?>)body["requester"]!)["confidential"] = true;
        var id = (await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        var seen = await GetAsync(await app.ClientForAsync("handler.market"), id);
        seen.GetProperty("requester").GetProperty("phone").GetString().ShouldBe("保密");
        (await GetAsync(op, id)).GetProperty("requester").GetProperty("phone").GetString().ShouldBe("138****5678");
        (await GetAsync(await app.ClientForAsync("leader"), id)).GetProperty("requester").GetProperty("name").GetString().ShouldBe("保密");
    }
}

public sealed class AppealScopingTests_Sqlite(SqliteAppFactory app) : AppealScopingTests<SqliteAppFactory>(app);

public sealed class AppealScopingTests_Postgres(PostgresAppFactory app) : AppealScopingTests<PostgresAppFactory>(app);
