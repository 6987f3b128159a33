using System.Net;
using System.Net.Http.Json;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Platform;

public abstract class AuthTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Demo_user_gets_a_bearer_token_that_expires_in_China_time()
    {
        using var client = app.CreateClient();
        var json = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "operator", password = AppFactory.Password }))
            .ShouldBeJsonAsync();
        json.GetProperty("accessToken").GetString().ShouldNotBeNullOrWhiteSpace();
        json.GetProperty("expiresAt").GetString()!.ShouldEndWith("+08:00");
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem()
    {
        using var client = app.CreateClient();
        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "leader", password = "Wrong#2026" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("title").GetString().ShouldBe("认证失败");
    }

    [Fact]
    public async Task Missing_fields_are_named_in_a_400_problem()
    {
        using var client = app.CreateClient();
        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("userName", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = app.CreateClient();
        using var content = new StringContent("{\"userName\": ", System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/auth/token", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "lockme", displayName = "锁定测试", password = "Lock#2026a", roles = new[] { "Operator" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "lockme", password = "Nope#2026" }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "lockme", password = "Lock#2026a" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var user = (await (await admin.GetAsync("/api/v1/users?q=lockme")).ShouldBeJsonAsync()).GetProperty("items")[0];
        user.GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();
        (await admin.PostAsync($"/api/v1/users/{user.GetProperty("id").GetString()}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "lockme", password = "Lock#2026a" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-not-a-real-token");
        await (await client.GetAsync("/api/v1/departments")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("handler.market", HttpStatusCode.Forbidden)]
    [InlineData("operator", HttpStatusCode.Forbidden)]
    [InlineData("leader", HttpStatusCode.Forbidden)]
    [InlineData("lead.market", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task User_list_answers_each_role_as_designed(string? user, HttpStatusCode expected)
    {
        using var client = user is null ? app.CreateClient() : await app.ClientForAsync(user);
        var response = await client.GetAsync("/api/v1/users");
        if (expected == HttpStatusCode.OK) (await response.ShouldBeJsonAsync()).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        else await response.ShouldBeProblemAsync(expected);
    }

    [Theory]
    [InlineData("handler.market")]
    [InlineData("supervisor")]
    [InlineData("leader")]
    public async Task Only_an_admin_verifies_the_audit_chain(string user)
    {
        using var client = await app.ClientForAsync(user);
        await (await client.GetAsync("/api/v1/audit/verify")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pages_redirect_anonymous_visitors_to_the_login_page()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

public sealed class AuthTests_Sqlite(SqliteAppFactory app) : AuthTests<SqliteAppFactory>(app);

public sealed class AuthTests_Postgres(PostgresAppFactory app) : AuthTests<PostgresAppFactory>(app);
