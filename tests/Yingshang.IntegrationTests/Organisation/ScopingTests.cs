using System.Net;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Organisation;

public abstract class ScopingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_department_lead_sees_only_the_staff_of_the_own_department()
    {
        using var lead = await app.ClientForAsync("lead.market");
        var page = await (await lead.GetAsync("/api/v1/users?pageSize=500")).ShouldBeJsonAsync();
        var departments = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("departmentCode").GetString()).Distinct().ToList();
        departments.ShouldBe(["market"]);
    }

    [Fact]
    public async Task A_department_lead_cannot_read_another_department_user_by_changing_the_id()
    {
        using var admin = await app.ClientForAsync("admin");
        var housing = (await (await admin.GetAsync("/api/v1/users?department=housing")).ShouldBeJsonAsync()).GetProperty("items")[0];
        var id = housing.GetProperty("id").GetString();

        using var lead = await app.ClientForAsync("lead.market");
        await (await lead.GetAsync($"/api/v1/users/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await admin.GetAsync($"/api/v1/users/{id}")).ShouldBeJsonAsync()).GetProperty("userName").GetString().ShouldBe("handler.housing");
    }

    [Fact]
    public async Task A_department_lead_cannot_change_users()
    {
        using var admin = await app.ClientForAsync("admin");
        var own = (await (await admin.GetAsync("/api/v1/users?q=handler.market")).ShouldBeJsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();
        using var lead = await app.ClientForAsync("lead.market");
        await (await lead.PutAsJsonAsync($"/api/v1/users/{own}", new { displayName = "改名", roles = new[] { "Admin" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class ScopingTests_Sqlite(SqliteAppFactory app) : ScopingTests<SqliteAppFactory>(app);

public sealed class ScopingTests_Postgres(PostgresAppFactory app) : ScopingTests<PostgresAppFactory>(app);
