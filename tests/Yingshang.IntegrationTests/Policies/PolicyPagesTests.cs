using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>The policy pages render for staff with the demo policies and register.</summary>
public abstract class PolicyPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task List_detail_test_and_calculator_pages_show_the_demo_policies()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        (await session.HtmlAsync("/Policies")).ShouldContain("稳工业26条");
        var id = await app.InDatabaseAsync(db => db.Policies.Where(p => p.Number == "示政办发〔2026〕3号").Select(p => p.Id).SingleAsync());
        var detail = await session.HtmlAsync($"/Policies/Detail/{id}");
        detail.ShouldContain("WGY-03");
        detail.ShouldContain("现行");
        detail.ShouldContain("已废止");
        var test = await session.HtmlAsync("/Policies/Test?benefit=WGY-01&random=5");
        test.ShouldContain("试算结果");
        test.ShouldContain("规则写法");
        test.ShouldContain("<td>严重失信</td><td><code>dishonest</code></td><td>布尔值</td>");
        test.ShouldNotContain("README");
        (await session.HtmlAsync("/Policies/Test?rule=size+%3E+3")).ShouldContain("^");
        var uscc = await app.InDatabaseAsync(db => db.Enterprises.OrderBy(e => e.Uscc).Select(e => e.Uscc).FirstAsync());
        (await session.HtmlAsync($"/Policies/Calculator?uscc={uscc}")).ShouldContain("项可享受");
        (await session.HtmlAsync("/Policies/Calculator?Input.Kind=企业&Input.Tags=专精特新&Input.Dishonest=false&Input.TaxCredit=A")).ShouldContain("专精特新中小企业认定奖励");
        (await session.HtmlAsync($"/Enterprises/{uscc}")).ShouldContain("惠企政策");
    }

    [Fact]
    public async Task A_new_rule_version_from_a_form_read_before_another_was_published_is_refused_on_the_form()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        const string Page = "/Policies/Versions?code=WGY-02";
        var latest = await app.InDatabaseAsync(db => db.BenefitRuleVersions.Where(v => db.Benefits.Any(b => b.Id == v.BenefitId && b.Code == "WGY-02"))
            .MaxAsync(v => v.Id));
        (await session.HtmlAsync(Page)).ShouldContain($"value=\"{latest}\"");
        var published = await session.PostFormAsync(Page, ("Input.Rule", "industry_section = \"C\" and revenue >= 30000000"),
            ("Input.Amount", "200000"), ("Input.EffectiveFrom", "2027-01-01"), ("Input.BasedOn", latest.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        published.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await CookieSession.HtmlOf(published));

        var stale = await session.PostFormAsync(Page, ("Input.Rule", "industry_section = \"C\""), ("Input.EffectiveFrom", "2027-06-01"),
            ("Input.BasedOn", latest.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var html = await CookieSession.HtmlOf(stale);
        stale.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, html);
        html.ShouldContain("已发布了自 2027-01-01 起的新版本");
        html.ShouldContain("industry_section = \"C\"");
        (await app.InDatabaseAsync(db => db.BenefitRuleVersions.CountAsync(v => db.Benefits.Any(b => b.Id == v.BenefitId && b.Code == "WGY-02")))).ShouldBe(2);
    }
}

public sealed class PolicyPagesTests_Sqlite(SqliteAppFactory app) : PolicyPagesTests<SqliteAppFactory>(app);

public sealed class PolicyPagesTests_Postgres(PostgresAppFactory app) : PolicyPagesTests<PostgresAppFactory>(app);
