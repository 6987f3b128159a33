using System.Net;
using MiniExcelLibs;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Admin;

/// <summary>The admin pages over HTTP with a signed-in cookie, as a browser without JavaScript uses them.</summary>
public abstract class AdminPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Pages = ["/Admin/Users", "/Admin/Users/Create", "/Admin/Departments", "/Admin/Departments/Create",
        "/Admin/Departments/Edit/market", "/Admin/Roles", "/Admin/Audit", "/Admin/Audit?handler=Verify", "/Admin/Audit/Entry/1"];

    [Fact]
    public async Task Every_admin_page_opens_for_the_admin_and_is_refused_to_others()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        foreach (var page in Pages) (await admin.HtmlAsync(page)).ShouldContain("<h1>");

        using var supervisor = await CookieSession.SignInAsync(app, "supervisor");
        foreach (var page in Pages)
        {
            var response = await supervisor.Client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task A_signed_in_page_user_has_the_data_scope_of_the_own_roles()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        (await admin.HtmlAsync("/Admin/Users")).ShouldContain("handler.housing");

        using var lead = await CookieSession.SignInAsync(app, "lead.market");
        var users = await (await lead.Client.GetAsync("/api/v1/users?pageSize=500")).ShouldBeJsonAsync();
        var departments = users.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("departmentCode").GetString()).Distinct().ToList();
        departments.ShouldBe(["market"]);
    }

    [Fact]
    public async Task Submitting_the_new_user_form_twice_creates_one_user()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        (string, string)[] form =
        [
            ("Input.UserName", "twice.page"), ("Input.DisplayName", "两次提交"), ("Input.Department", "tax"),
            ("Input.Roles", "Handler"), ("Input.Roles", "Inspector"), ("Input.Password", "Page#2026ok"),
        ];

        var first = await admin.PostFormAsync("/Admin/Users/Create", form);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldBe("/Admin/Users?q=twice.page");
        (await admin.HtmlAsync("/Admin/Users?q=twice.page")).ShouldContain("已新增用户“twice.page”");

        var second = await admin.PostFormAsync("/Admin/Users/Create", form);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CookieSession.HtmlOf(second)).ShouldContain("用户名“twice.page”已被使用");

        using var api = await app.ClientForAsync("admin");
        var found = await (await api.GetAsync("/api/v1/users?q=twice.page")).ShouldBeJsonAsync();
        found.GetProperty("total").GetInt32().ShouldBe(1);
        found.GetProperty("items")[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Handler", "Inspector"]);
    }

    [Fact]
    public async Task A_field_error_is_shown_at_its_field_and_keeps_what_was_typed()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        var response = await admin.PostFormAsync("/Admin/Users/Create",
            ("Input.UserName", "weak.page"), ("Input.DisplayName", "弱密码"), ("Input.Roles", "Leader"), ("Input.Password", "weak"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldMatch("data-valmsg-for=\"Input.Password\"[^>]*>密码至少 8 位");
        html.ShouldContain("value=\"弱密码\"");
        html.ShouldMatch("value=\"Leader\" checked");
    }

    [Fact]
    public async Task A_department_saved_over_someone_else_change_is_refused_on_the_form()
    {
        using var api = await app.ClientForAsync("admin");
        var version = (await (await api.PostAsJsonAsync("/api/v1/departments", new { code = "page-version", name = "页面测试局", region = "示范州" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32();
        (await api.PutAsJsonAsync("/api/v1/departments/page-version", new { name = "别人改的名" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await CookieSession.SignInAsync(app, "admin");
        var response = await admin.PostFormAsync("/Admin/Departments/Edit/page-version",
            ("Input.Name", "我改的名"), ("Input.IsActive", "true"), ("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CookieSession.HtmlOf(response)).ShouldContain("已被他人修改");
        (await (await api.GetAsync("/api/v1/departments/page-version")).ShouldBeJsonAsync()).GetProperty("name").GetString().ShouldBe("别人改的名");
    }

    [Fact]
    public async Task A_user_saved_over_someone_else_change_is_refused_on_the_form_and_in_the_api()
    {
        using var api = await app.ClientForAsync("admin");
        var created = await (await api.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "stale.edit", displayName = "原来的名字", password = "Page#2026ok", department = "tax", roles = new[] { "Handler" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (id, version) = (created.GetProperty("id").GetString()!, created.GetProperty("version").GetString()!);
        using var admin = await CookieSession.SignInAsync(app, "admin");
        (await admin.HtmlAsync($"/Admin/Users/Edit/{id}")).ShouldContain($"value=\"{version}\"");

        var changed = await (await api.PutAsJsonAsync($"/api/v1/users/{id}", new
        {
            displayName = "别人改的名字", department = "tax", roles = new[] { "Handler", "Inspector" }, isActive = true, version,
        })).ShouldBeJsonAsync();
        changed.GetProperty("version").GetString().ShouldNotBe(version);

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}",
            ("Input.DisplayName", "我改的名字"), ("Input.Department", "tax"), ("Input.Roles", "Handler"), ("Input.IsActive", "true"), ("Input.Version", version));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(response);
        html.ShouldContain("已被他人修改");
        html.ShouldContain("value=\"我改的名字\"");

        var stale = await (await api.PutAsJsonAsync($"/api/v1/users/{id}", new
        {
            displayName = "又一次", department = "tax", roles = new[] { "Handler" }, isActive = true, version,
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("concurrency");
        var stored = await (await api.GetAsync($"/api/v1/users/{id}")).ShouldBeJsonAsync();
        stored.GetProperty("displayName").GetString().ShouldBe("别人改的名字");
        stored.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Handler", "Inspector"]);
    }

    [Fact]
    public async Task The_export_is_the_whole_filtered_list_as_an_xlsx_file()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        var response = await admin.Client.GetAsync("/Admin/Users?role=Handler&page=1&handler=Export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => ((string)r["角色"]).Contains("承办人"));

        using var api = await app.ClientForAsync("admin");
        rows.Count.ShouldBe((await (await api.GetAsync("/api/v1/users?role=Handler")).ShouldBeJsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_audit_page_checks_the_chain_and_shows_changes_in_words()
    {
        using var api = await app.ClientForAsync("admin");
        var id = (await (await api.PostAsJsonAsync("/api/v1/departments", new { code = "page-audit", name = "审计页测试局", region = "示范州" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await api.PutAsJsonAsync("/api/v1/departments/page-audit", new { isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await CookieSession.SignInAsync(app, "admin");
        (await admin.HtmlAsync("/Admin/Audit?handler=Verify")).ShouldContain("哈希链完整");
        var html = await admin.HtmlAsync($"/Admin/Audit?entityType=Department&entityKey={id}");
        html.ShouldContain("部门：审计页测试局");
        html.ShouldMatch("启用</th>\\s*<td>\\s*<del><span class=\"sr-only\">修改前：</span>是</del>");
    }
}

public sealed class AdminPagesTests_Sqlite(SqliteAppFactory app) : AdminPagesTests<SqliteAppFactory>(app);

public sealed class AdminPagesTests_Postgres(PostgresAppFactory app) : AdminPagesTests<PostgresAppFactory>(app);
