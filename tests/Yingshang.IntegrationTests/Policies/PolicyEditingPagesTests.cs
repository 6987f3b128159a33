using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>The 新建政策 and 编辑政策 forms posted as a browser without JavaScript would: the server checks every rule on save.</summary>
public abstract class PolicyEditingPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static (string, string)[] Form(string number, string code, string rule, params (string, string)[] extra) =>
    [
        ("Input.Title", $"页面测试政策 {number}"), ("Input.Issuer", "示范州工业和信息化局"), ("Input.Number", number),
        ("Input.EffectiveFrom", "2026-01-01"), ("Input.EffectiveTo", ""), ("Input.Theme", "科技创新"),
        ("Input.Benefits[0].Code", code), ("Input.Benefits[0].Name", "页面测试事项"), ("Input.Benefits[0].Kind", "奖补"),
        ("Input.Benefits[0].Mode", "免申即享"), ("Input.Benefits[0].Department", "finance"), ("Input.Benefits[0].Rule", rule), ("Input.Benefits[0].Amount", "min(tax_paid * 0.1, 50000)"),
        .. extra,
    ];

    [Fact]
    public async Task One_save_shows_every_mistake_of_the_form_with_a_refused_rule_among_them()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var refused = await session.PostFormAsync("/Policies/New", [.. Form("页测〔2026〕9号", "PG 09", "size > 3")
            .Select(f => f.Item1 switch { "Input.Issuer" => (f.Item1, ""), "Input.Benefits[0].Department" => (f.Item1, "nosuch"), _ => f }),
            ("Input.Benefits[2].Code", "PG-11"), ("Input.Benefits[2].Name", "规则有误的事项"), ("Input.Benefits[2].Kind", "奖补"), ("Input.Benefits[2].Mode", "依申请"),
            ("Input.Benefits[2].Department", ""), ("Input.Benefits[2].Rule", "employees >>= 1"),
            ("Input.Benefits[1].Code", "PG-10"), ("Input.Benefits[1].Name", ""), ("Input.Benefits[1].Kind", "奖补"), ("Input.Benefits[1].Mode", "免申即享"),
            ("Input.Benefits[1].Department", ""), ("Input.Benefits[1].Rule", "employees >= 1")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = System.Net.WebUtility.HtmlDecode(await CookieSession.HtmlOf(refused));
        html.ShouldContain("发文机关不能为空");
        html.ShouldContain("兑现事项编码不能含空格");
        html.ShouldContain("兑现事项名称不能为空");
        html.ShouldContain("须指定兑现部门");
        html.ShouldContain("条件有误");                                  // the rule's caret, in the same answer
        (await app.InDatabaseAsync(db => db.Policies.CountAsync(p => p.Number == "页测〔2026〕9号"))).ShouldBe(0);
    }

    [Fact]
    public async Task An_officer_creates_a_draft_sees_rule_errors_in_place_fixes_them_and_publishes()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var refused = await session.PostFormAsync("/Policies/New", Form("页测〔2026〕1号", "PG-01", "tags has \"专精特新\" and size > 3"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await CookieSession.HtmlOf(refused);
        html.ShouldContain("第 26 个字符处");
        html.ShouldContain("^");
        html.ShouldContain("value=\"页测〔2026〕1号\"");
        html.ShouldContain("min(tax_paid * 0.1, 50000)");

        var saved = await session.PostFormAsync("/Policies/New", Form("页测〔2026〕1号", "PG-01", "tags has \"专精特新\" and size = \"小型\""));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = saved.Headers.Location!.OriginalString;
        edit.ShouldEndWith("/Edit?saved=true");
        var id = await app.InDatabaseAsync(db => db.Policies.Where(p => p.Number == "页测〔2026〕1号").Select(p => p.Id).SingleAsync());
        (await session.HtmlAsync(edit)).ShouldContain("草稿");

        var benefitId = await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Code == "PG-01").Select(b => b.Id).SingleAsync());
        var published = await session.PostFormToAsync($"/Policies/{id}/Edit", $"/Policies/{id}/Edit?handler=Publish",
            Form("页测〔2026〕1号", "PG-01", "tags has \"专精特新\" and size = \"小型\"", ("Input.Benefits[0].Id", benefitId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        published.Headers.Location!.OriginalString.ShouldBe($"/Policies/Detail/{id}");
        (await session.HtmlAsync($"/Policies/Detail/{id}")).ShouldContain("已发布");

        var noDate = await session.PostFormAsync($"/Policies/{id}/Edit",
            Form("页测〔2026〕1号", "PG-01", "tags has \"专精特新\"", ("Input.Benefits[0].Id", benefitId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var again = await CookieSession.HtmlOf(noDate);
        noDate.StatusCode.ShouldBe(HttpStatusCode.OK, again);
        again.ShouldContain("规则已修改，请填写新版本的生效日期");
    }

    [Fact]
    public async Task A_form_saved_after_someone_else_saved_the_policy_shows_an_error_and_keeps_what_was_typed()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var saved = await session.PostFormAsync("/Policies/New", Form("页测〔2026〕R号", "PG-R", "employees >= 1"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.InDatabaseAsync(db => db.Policies.Where(p => p.Number == "页测〔2026〕R号").Select(p => p.Id).SingleAsync());
        var benefitId = (await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Code == "PG-R").Select(b => b.Id).SingleAsync()))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = await session.HtmlAsync($"/Policies/{id}/Edit");
        var revision = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.Revision\" value=\"(\\d+)\"").Groups[1].Value;
        revision.ShouldNotBeEmpty();

        using var colleague = await CookieSession.SignInAsync(app, "admin");
        (await colleague.PostFormAsync($"/Policies/{id}/Edit", Form("页测〔2026〕R号", "PG-R", "employees >= 5",
            ("Input.Benefits[0].Id", benefitId), ("Input.Revision", revision)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var late = await session.PostFormAsync($"/Policies/{id}/Edit", Form("页测〔2026〕R号", "PG-R", "employees >= 9",
            ("Input.Benefits[0].Id", benefitId), ("Input.Revision", revision)));
        var html = await CookieSession.HtmlOf(late);
        late.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("该政策在您读取之后已被他人修改");
        html.ShouldContain("employees >= 9</textarea>");
        (await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Code == "PG-R").SelectMany(b => b.Versions).Select(v => v.Rule).SingleAsync())).ShouldBe("employees >= 5");
    }

    [Fact]
    public async Task A_benefit_row_is_added_without_losing_what_was_typed()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var response = await session.PostFormToAsync("/Policies/New", "/Policies/New?handler=AddBenefit", Form("页测〔2026〕2号", "PG-02", "employees >"));
        var html = await CookieSession.HtmlOf(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("兑现事项 2");
        html.ShouldContain("employees ></textarea>");
        html.ShouldContain("value=\"PG-02\"");
    }

    [Fact]
    public async Task Staff_who_may_not_write_policies_cannot_open_the_forms()
    {
        using var session = await CookieSession.SignInAsync(app, "handler.market");
        var response = await session.Client.GetAsync("/Policies/New");
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect) response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
    }
}

public sealed class PolicyEditingPagesTests_Sqlite(SqliteAppFactory app) : PolicyEditingPagesTests<SqliteAppFactory>(app);

public sealed class PolicyEditingPagesTests_Postgres(PostgresAppFactory app) : PolicyEditingPagesTests<PostgresAppFactory>(app);
