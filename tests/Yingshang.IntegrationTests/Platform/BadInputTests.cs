using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Platform;

/// <summary>Input the databases cannot take, and requests ASP.NET Core cannot bind: answered in Chinese, by field, never stored.</summary>
public abstract class BadInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_nul_in_a_query_is_a_400_naming_it_and_the_next_requests_are_unaffected()
    {
        using var op = await app.ClientForAsync("operator");
        var problem = await (await op.GetAsync("/api/v1/appeals?q=a%00b")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("invalid-data");
        problem.GetProperty("errors").TryGetProperty("q", out _).ShouldBeTrue(problem.ToString());
        for (var i = 0; i < 10; i++)
            (await op.GetAsync($"/api/v1/appeals?q=x{i}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await op.GetAsync("/api/v1/knowledge?tag=%00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_nul_in_a_json_string_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        using var op = await app.ClientForAsync("operator");
        var before = await app.InDatabaseAsync(db => db.Appeals.CountAsync());
        var body = """{"content":"占道经营","type":"投诉","urgency":"一般","channel":"phone","county":"示范州","address":"新华路","category":"市场监管","requester":{"name":"张\u0000三","phone":"13812345678"}}""";
        var problem = await (await op.PostAsync("/api/v1/appeals", new StringContent(body, Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("requester.name")[0].GetString()!.ShouldContain("空字符");
        (await app.InDatabaseAsync(db => db.Appeals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_nul_in_a_form_or_a_page_query_shows_the_error_page()
    {
        using var admin = await CookieSession.SignInAsync(app, "admin");
        var keywords = await app.InDatabaseAsync(db => db.DispatchKeywords.CountAsync());
        var form = await admin.PostFormToAsync("/Admin/DispatchKeywords", "/Admin/DispatchKeywords?handler=Add", ("Department", "water"), ("Word", "a\0b"));
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        form.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await CookieSession.HtmlOf(form)).ShouldContain("请求未能完成");
        (await app.InDatabaseAsync(db => db.DispatchKeywords.CountAsync())).ShouldBe(keywords);

        var page = await admin.Client.GetAsync("/Appeals?q=a%00b");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task Open311_answers_a_nul_in_its_own_error_format()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/open311/v2/requests.json?service_request_id=a%00b");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        errors[0].GetProperty("code").GetInt32().ShouldBe(400);
        errors[0].GetProperty("description").GetString()!.ShouldContain("service_request_id");
    }

    [Fact]
    public async Task What_aspnet_core_cannot_bind_is_said_in_chinese_by_field()
    {
        using var admin = await app.ClientForAsync("admin");
        var date = await (await admin.GetAsync("/api/v1/audit?from=2026-13-45")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        date.GetProperty("errors").TryGetProperty("from", out _).ShouldBeTrue(date.ToString());
        date.GetProperty("detail").GetString()!.ShouldNotContain("Failed");

        var json = await (await admin.PostAsync("/api/v1/knowledge",
                new StringContent("""{"question":"问","answer":"答","validUntil":"2026-13-45"}""", Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        json.GetProperty("errors").TryGetProperty("validUntil", out _).ShouldBeTrue(json.ToString());
        json.GetProperty("title").GetString().ShouldBe("请求格式错误");

        var broken = await (await admin.PostAsync("/api/v1/knowledge", new StringContent("{", Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        broken.GetProperty("detail").GetString()!.ShouldStartWith("请求体不是有效的 JSON");

        (await (await admin.GetAsync("/api/v1/appeals/999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("title").GetString().ShouldBe("未找到");
        (await (await admin.DeleteAsync("/api/v1/regions")).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed))
            .GetProperty("title").GetString().ShouldBe("不支持该请求方法");
        (await (await admin.PostAsync("/api/v1/knowledge", new StringContent("x", Encoding.UTF8, "text/plain")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType)).GetProperty("title").GetString().ShouldBe("不支持的请求内容类型");
    }
}

public sealed class BadInputTests_Sqlite(SqliteAppFactory app) : BadInputTests<SqliteAppFactory>(app);

public sealed class BadInputTests_Postgres(PostgresAppFactory app) : BadInputTests<PostgresAppFactory>(app);
