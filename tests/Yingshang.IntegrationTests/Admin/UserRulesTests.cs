using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Admin;

public abstract class UserRulesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static async Task<JsonElement> CreateAsync(HttpClient admin, string userName, string role, string? department = null, string password = "Good#2026x") =>
        await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, displayName = "测试用户", password, department, roles = new[] { role },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

    private static async Task<string> IdOfAsync(HttpClient admin, string userName) =>
        (await (await admin.GetAsync($"/api/v1/users?q={userName}")).ShouldBeJsonAsync()).GetProperty("items").EnumerateArray()
        .Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetString()!;

    private async Task<HttpStatusCode> TokenStatusAsync(string userName, string password)
    {
        using var anonymous = app.CreateClient();
        return (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password })).StatusCode;
    }

    [Fact]
    public async Task The_only_active_administrator_can_be_neither_deactivated_nor_demoted()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = await IdOfAsync(admin, "admin");

        var deactivate = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "系统管理员", roles = new[] { "Admin" }, isActive = false }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        deactivate.GetProperty("code").GetString().ShouldBe("last-admin");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "系统管理员", roles = new[] { "Leader" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // With a second active administrator the rule allows it; deactivating that second one is then refused in turn for admin.
        var second = (await CreateAsync(admin, "admin.two", "Admin")).GetProperty("id").GetString();
        (await admin.PutAsJsonAsync($"/api/v1/users/{second}", new { displayName = "第二管理员", roles = new[] { "Admin" }, isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "系统管理员", roles = new[] { "Admin" }, isActive = false }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_password_reset_replaces_the_password_and_is_audited()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = (await CreateAsync(admin, "reset.me", "Operator")).GetProperty("id").GetString();

        (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "测试用户", roles = new[] { "Operator" }, password = "Fresh#2026y" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TokenStatusAsync("reset.me", "Fresh#2026y")).ShouldBe(HttpStatusCode.OK);
        (await TokenStatusAsync("reset.me", "Good#2026x")).ShouldBe(HttpStatusCode.Unauthorized);
        var trail = await (await admin.GetAsync($"/api/v1/audit?entityType=AppUser&entityKey={id}")).ShouldBeJsonAsync();
        trail.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "reset-password");
    }

    [Fact]
    public async Task A_weak_new_password_changes_nothing()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = (await CreateAsync(admin, "weak.reset", "Operator")).GetProperty("id").GetString();

        var problem = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "改了名", roles = new[] { "Operator" }, password = "short" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        (await (await admin.GetAsync($"/api/v1/users/{id}")).ShouldBeJsonAsync()).GetProperty("displayName").GetString().ShouldBe("测试用户");
    }

    [Fact]
    public async Task A_deactivated_user_gets_no_token()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = (await CreateAsync(admin, "leaving.user", "Leader")).GetProperty("id").GetString();
        (await TokenStatusAsync("leaving.user", "Good#2026x")).ShouldBe(HttpStatusCode.OK);

        var user = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "测试用户", roles = new[] { "Leader" }, isActive = false }))
            .ShouldBeJsonAsync();
        user.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        (await TokenStatusAsync("leaving.user", "Good#2026x")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_locked_out_by_wrong_passwords_can_sign_in_again_after_unlock()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = (await CreateAsync(admin, "forgetful.user", "Leader")).GetProperty("id").GetString();
        for (var i = 0; i < 5; i++) (await TokenStatusAsync("forgetful.user", "Wrong#2026x")).ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenStatusAsync("forgetful.user", "Good#2026x")).ShouldBe(HttpStatusCode.Unauthorized);
        (await (await admin.GetAsync($"/api/v1/users/{id}")).ShouldBeJsonAsync()).GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();

        (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await admin.GetAsync($"/api/v1/users/{id}")).ShouldBeJsonAsync()).GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
        (await TokenStatusAsync("forgetful.user", "Good#2026x")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_user_loses_api_access_with_a_token_issued_before()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = (await CreateAsync(admin, "leaving.soon", "Leader")).GetProperty("id").GetString();
        using var leaving = await app.ClientForAsync("leaving.soon", "Good#2026x");
        (await leaving.GetAsync("/api/v1/appeals")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "测试用户", roles = new[] { "Leader" }, isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await leaving.GetAsync("/api/v1/appeals")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenStatusAsync("leaving.soon", "Good#2026x")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_issued_before_a_role_change_stops_working()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = (await CreateAsync(admin, "was.supervisor", "Supervisor")).GetProperty("id").GetString();
        using var before = await app.ClientForAsync("was.supervisor", "Good#2026x");
        (await before.GetAsync("/api/v1/appeals")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "测试用户", roles = new[] { "Inspector" }, department = "market" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await before.GetAsync("/api/v1/appeals")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Roles_list_the_nine_roles_with_the_number_of_their_users()
    {
        using var admin = await app.ClientForAsync("admin");
        var roles = await (await admin.GetAsync("/api/v1/roles")).ShouldBeJsonAsync();
        roles.EnumerateArray().Select(r => r.GetProperty("name").GetString())
            .ShouldBe(["Public", "Operator", "Handler", "DepartmentLead", "Supervisor", "Inspector", "Leader", "Admin", "Enterprise"]);
        var handlers = (await (await admin.GetAsync("/api/v1/users?role=Handler")).ShouldBeJsonAsync()).GetProperty("total").GetInt32();
        var handlerRole = roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Handler");
        handlerRole.GetProperty("users").GetInt32().ShouldBe(handlers);
        handlerRole.GetProperty("title").GetString().ShouldBe("承办人");

        using var supervisor = await app.ClientForAsync("supervisor");
        await (await supervisor.GetAsync("/api/v1/roles")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_audit_log_filters_by_China_dates()
    {
        using var admin = await app.ClientForAsync("admin");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        (await (await admin.GetAsync($"/api/v1/audit?from={today}&to={today}")).ShouldBeJsonAsync()).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        (await (await admin.GetAsync($"/api/v1/audit?from={tomorrow}")).ShouldBeJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        var problem = await (await admin.GetAsync($"/api/v1/audit?from={tomorrow}&to={today}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
        await (await admin.GetAsync("/api/v1/audit?from=yesterday")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class UserRulesTests_Sqlite(SqliteAppFactory app) : UserRulesTests<SqliteAppFactory>(app);

public sealed class UserRulesTests_Postgres(PostgresAppFactory app) : UserRulesTests<PostgresAppFactory>(app);
