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
}

public sealed class PolicyPagesTests_Sqlite(SqliteAppFactory app) : PolicyPagesTests<SqliteAppFactory>(app);

public sealed class PolicyPagesTests_Postgres(PostgresAppFactory app) : PolicyPagesTests<PostgresAppFactory>(app);
