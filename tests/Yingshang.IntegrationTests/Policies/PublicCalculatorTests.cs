using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.IntegrationTests.Platform;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>政策计算器（无需登录）: anonymous, attributes in, benefits and reasons out, 422 naming the field.</summary>
public abstract class PublicCalculatorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Calculate = "/api/v1/public/policies/calculate";

    [Fact]
    public async Task Anyone_sees_the_benefits_an_enterprise_qualifies_for_and_those_it_is_one_condition_short_of()
    {
        using var anonymous = app.CreateClient();
        var body = new { kind = "企业", tags = new[] { "专精特新" }, dishonest = false, taxCredit = "A", industry = "C3911", size = "小型" };
        var result = await (await anonymous.PostAsJsonAsync($"{Calculate}?asOf=2026-06-01", body)).ShouldBeJsonAsync();
        result.GetProperty("asOf").GetString().ShouldBe("2026-06-01");
        var eligible = result.GetProperty("eligible").EnumerateArray().ToList();
        var award = eligible.Single(b => b.GetProperty("code").GetString() == "ZJTX-01");
        award.GetProperty("amount").GetDecimal().ShouldBe(300000m);
        award.GetProperty("description").GetString()!.ShouldContain("带有“专精特新”标签");
        var almost = result.GetProperty("almost").EnumerateArray().ToList();
        almost.ShouldContain(b => b.GetProperty("oneConditionShort").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Null_tags_mean_none_and_the_page_explains_values_in_words()
    {
        using var anonymous = app.CreateClient();
        var result = await (await anonymous.PostAsync(Calculate,
            new StringContent("""{"kind":"企业","tags":null}""", System.Text.Encoding.UTF8, "application/json"))).ShouldBeJsonAsync();
        result.TryGetProperty("eligible", out _).ShouldBeTrue();

        using var citizen = CookieSession.Anonymous(app);
        var page = await citizen.PostFormAsync("/Public/PolicyCalculator", ("Input.Kind", "企业"), ("Input.Dishonest", "false"),
            ("Input.Tags", "专精特新"), ("Input.TaxCredit", "A"), ("Input.Industry", "C3911"), ("Input.Size", "小型"));
        var html = await CookieSession.HtmlOf(page);
        html.ShouldNotContain("System.");
        html.ShouldNotContain("= False");
        html.ShouldContain("标签(tags) = 专精特新");
    }

    [Theory]
    [InlineData("employees", -1)]
    [InlineData("industry", "制造业")]
    [InlineData("kind", "公司")]
    [InlineData("taxCredit", "AAA")]
    public async Task A_bad_attribute_is_refused_with_422_naming_the_field(string field, object value)
    {
        using var anonymous = app.CreateClient();
        var body = new Dictionary<string, object> { [field] = value };
        var problem = await (await anonymous.PostAsJsonAsync(Calculate, body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_public_page_calculates_without_a_login_and_keeps_what_was_typed()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetAsync("/Public/PolicyCalculator");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync("/Account/Login")).ShouldContain("/Public/PolicyCalculator");
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        (string, string)[] fields = [("Input.Kind", "企业"), ("Input.Tags", "专精特新"), ("Input.Dishonest", "false"), ("Input.TaxCredit", "A"),
            ("AsOf", "2026-06-01"), ("__RequestVerificationToken", token)];
        var response = await client.PostAsync("/Public/PolicyCalculator", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        var html = await CookieSession.HtmlOf(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("专精特新中小企业认定奖励");
        html.ShouldContain("项可享受");
        html.ShouldNotContain("/Policies/Detail/");

        var bad = await client.PostAsync("/Public/PolicyCalculator", new FormUrlEncodedContent(
            [new("Input.Employees", "-3"), new("Input.Industry", "C39"), new("__RequestVerificationToken", token)]));
        var badHtml = await CookieSession.HtmlOf(bad);
        badHtml.ShouldContain("从业人数应在 0 到");
        badHtml.ShouldContain("value=\"-3\"");
        badHtml.ShouldContain("value=\"C39\"");
    }
}

public sealed class PublicCalculatorTests_Sqlite(SqliteAppFactory app) : PublicCalculatorTests<SqliteAppFactory>(app);

public sealed class PublicCalculatorTests_Postgres(PostgresAppFactory app) : PublicCalculatorTests<PostgresAppFactory>(app);

/// <summary>The public calculator shares the public rate limit (3 an hour in this factory).</summary>
public sealed class PublicCalculatorRateLimitTests(StrictSqliteAppFactory app) : IClassFixture<StrictSqliteAppFactory>
{
    [Fact]
    public async Task The_public_calculator_answers_429_once_a_client_exceeds_its_limit()
    {
        using var anonymous = app.CreateClient();
        for (var i = 0; i < 3; i++)
            (await anonymous.PostAsJsonAsync("/api/v1/public/policies/calculate", new { kind = "企业" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await anonymous.PostAsJsonAsync("/api/v1/public/policies/calculate", new { kind = "企业" })).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
