using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>The rule test page (规则测试): a named sample enterprise is not drawn again by the random sample.</summary>
public abstract class RuleTestPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_named_enterprise_appears_once_even_when_the_random_sample_covers_most_of_the_register()
    {
        var uscc = await app.InDatabaseAsync(db => db.Enterprises.OrderBy(e => e.Uscc).Select(e => e.Uscc).FirstAsync());
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var html = await session.HtmlAsync($"/Policies/Test?rule={Uri.EscapeDataString("kind = \"企业\"")}&usccs={uscc}&random=50");
        html.ShouldContain("试算结果");
        Regex.Count(html, Regex.Escape($"href=\"/Enterprises/{uscc}\"")).ShouldBe(1);
        Regex.Count(html, "href=\"/Enterprises/[0-9A-Z]{18}\"").ShouldBe(51); // the rows' profile links, not the navigation
    }
}

public sealed class RuleTestPageTests_Sqlite(SqliteAppFactory app) : RuleTestPageTests<SqliteAppFactory>(app);

public sealed class RuleTestPageTests_Postgres(PostgresAppFactory app) : RuleTestPageTests<PostgresAppFactory>(app);
