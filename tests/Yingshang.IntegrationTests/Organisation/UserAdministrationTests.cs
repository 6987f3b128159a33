using System.Net;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Organisation;

public abstract class UserAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Admin_creates_a_handler_who_can_then_sign_in()
    {
        using var admin = await app.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "handler.tax", displayName = "孙承办", password = "Tax#2026ok", department = "tax", roles = new[] { "Handler" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("departmentCode").GetString().ShouldBe("tax");
        using var client = await app.ClientForAsync("handler.tax", "Tax#2026ok");
        (await client.GetAsync("/api/v1/departments")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("weak", "password")]
    [InlineData("", "displayName")]
    public async Task Invalid_user_input_is_a_422_naming_the_field(string password, string field)
    {
        using var admin = await app.ClientForAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"bad{field}", displayName = field == "displayName" ? "" : "某人", password = password == "" ? "Good#2026x" : password,
            roles = new[] { "Operator" },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_handler_without_a_department_is_refused()
    {
        using var admin = await app.ClientForAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "nodept", displayName = "无部门", password = "Good#2026x", roles = new[] { "Handler" },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("department", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_second_user_with_the_same_name_is_a_409()
    {
        using var admin = await app.ClientForAsync("admin");
        var body = new { userName = "twice", displayName = "重复", password = "Good#2026x", roles = new[] { "Leader" } };
        (await admin.PostAsJsonAsync("/api/v1/users", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync("/api/v1/users", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_duplicate_department_code_is_a_409_and_an_unknown_region_a_422()
    {
        using var admin = await app.ClientForAsync("admin");
        await (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "market", name = "重复局", region = "示范州" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var problem = await (await admin.PostAsJsonAsync("/api/v1/departments", new { code = "new-one", name = "新局", region = "火星县" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("region", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=100000")]
    [InlineData("page=abc")]
    public async Task Bad_paging_is_a_400(string query)
    {
        using var admin = await app.ClientForAsync("admin");
        await (await admin.GetAsync($"/api/v1/departments?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Lists_are_paged_with_the_total()
    {
        using var admin = await app.ClientForAsync("admin");
        var page = await (await admin.GetAsync("/api/v1/departments?page=2&pageSize=10&q=县")).ShouldBeJsonAsync();
        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(10);
        page.GetProperty("items").GetArrayLength().ShouldBe(10);
        page.GetProperty("total").GetInt32().ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_served()
    {
        using var client = app.CreateClient();
        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
        var doc = await (await client.GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        doc.GetProperty("paths").TryGetProperty("/api/v1/auth/token", out _).ShouldBeTrue();
    }
}

public sealed class UserAdministrationTests_Sqlite(SqliteAppFactory app) : UserAdministrationTests<SqliteAppFactory>(app);

public sealed class UserAdministrationTests_Postgres(PostgresAppFactory app) : UserAdministrationTests<PostgresAppFactory>(app);
