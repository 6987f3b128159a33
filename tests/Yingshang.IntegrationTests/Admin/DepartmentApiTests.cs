using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Admin;

public abstract class DepartmentApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static async Task<JsonElement> CreateAsync(HttpClient admin, string code, string name = "测试局", string region = "示范州") =>
        await (await admin.PostAsJsonAsync("/api/v1/departments", new { code, name, region })).ShouldBeJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Admin_renames_and_deactivates_a_department_and_both_changes_are_audited()
    {
        using var admin = await app.ClientForAsync("admin");
        var created = await CreateAsync(admin, "rename-test", "州大数据局");

        var updated = await (await admin.PutAsJsonAsync("/api/v1/departments/rename-test", new { name = "州大数据管理局", isActive = false }))
            .ShouldBeJsonAsync();
        updated.GetProperty("name").GetString().ShouldBe("州大数据管理局");
        updated.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        updated.GetProperty("regionLevel").GetString().ShouldBe("Prefecture");

        var reactivated = await (await admin.PutAsJsonAsync("/api/v1/departments/rename-test", new { isActive = true })).ShouldBeJsonAsync();
        reactivated.GetProperty("name").GetString().ShouldBe("州大数据管理局");
        reactivated.GetProperty("isActive").GetBoolean().ShouldBeTrue();

        var id = created.GetProperty("id").GetInt32();
        var trail = await (await admin.GetAsync($"/api/v1/audit?entityType=Department&entityKey={id}")).ShouldBeJsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldBe(["update", "update", "create"]);
    }

    [Fact]
    public async Task A_change_based_on_an_old_version_is_a_409_and_changes_nothing()
    {
        using var admin = await app.ClientForAsync("admin");
        var version = (await CreateAsync(admin, "version-test")).GetProperty("version").GetInt32();
        (await admin.PutAsJsonAsync("/api/v1/departments/version-test", new { name = "第一次改名", version })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var problem = await (await admin.PutAsJsonAsync("/api/v1/departments/version-test", new { name = "第二次改名", version }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("concurrency");
        (await (await admin.GetAsync("/api/v1/departments/version-test")).ShouldBeJsonAsync()).GetProperty("name").GetString().ShouldBe("第一次改名");
    }

    [Fact]
    public async Task Bad_changes_are_refused_with_the_right_status()
    {
        using var admin = await app.ClientForAsync("admin");
        await CreateAsync(admin, "refuse-test");
        var problem = await (await admin.PutAsJsonAsync("/api/v1/departments/refuse-test", new { name = " " })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        await (await admin.PutAsJsonAsync("/api/v1/departments/no-such-department", new { name = "某局" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var supervisor = await app.ClientForAsync("supervisor");
        await (await supervisor.PutAsJsonAsync("/api/v1/departments/refuse-test", new { isActive = false })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_new_department_needs_a_code_a_name_and_a_region()
    {
        using var admin = await app.ClientForAsync("admin");
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { name = "某局", region = "示范州" }, "code"),
                     (new { code = "no-name", region = "示范州" }, "name"),
                     (new { code = "no-region", name = "某局" }, "region"),
                 })
        {
            var problem = await (await admin.PostAsJsonAsync("/api/v1/departments", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        }
    }

    [Fact]
    public async Task The_region_filter_takes_the_region_code_or_its_name()
    {
        using var admin = await app.ClientForAsync("admin");
        var byCode = await (await admin.GetAsync("/api/v1/departments?region=DCX&pageSize=500")).ShouldBeJsonAsync();
        var byName = await (await admin.GetAsync("/api/v1/departments?region=东城县&pageSize=500")).ShouldBeJsonAsync();
        byCode.GetProperty("total").GetInt32().ShouldBe(28);
        byName.GetProperty("total").GetInt32().ShouldBe(28);
        byCode.GetProperty("items").EnumerateArray().ShouldAllBe(d => d.GetProperty("regionCode").GetString() == "DCX");
    }

    [Fact]
    public async Task A_deactivated_department_takes_no_new_users()
    {
        using var admin = await app.ClientForAsync("admin");
        await CreateAsync(admin, "closed-test");
        (await admin.PutAsJsonAsync("/api/v1/departments/closed-test", new { isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "closed.handler", displayName = "某承办", password = "Good#2026x", department = "closed-test", roles = new[] { "Handler" },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("department", out _).ShouldBeTrue();
    }
}

public sealed class DepartmentApiTests_Sqlite(SqliteAppFactory app) : DepartmentApiTests<SqliteAppFactory>(app);

public sealed class DepartmentApiTests_Postgres(PostgresAppFactory app) : DepartmentApiTests<PostgresAppFactory>(app);
