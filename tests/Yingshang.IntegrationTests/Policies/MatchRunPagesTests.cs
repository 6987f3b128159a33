using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>
/// The match run list as a browser uses it. "page" is also Razor Pages' route value (the page's path), so a property bound
/// under that name read "/Policies/MatchRuns/Index" instead of the query: the form refused every start and paging was stuck.
/// </summary>
public abstract class MatchRunPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task The_office_starts_a_run_with_the_form_and_pages_through_the_list()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var first = await session.PostFormAsync("/Policies/MatchRuns", ("AsOf", "2026-11-27"));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await CookieSession.HtmlOf(first));
        var firstId = await app.InDatabaseAsync(db => db.Set<Yingshang.Web.Features.Policies.MatchRuns.MatchRun>().MinAsync(r => r.Id));
        first.Headers.Location!.OriginalString.ShouldBe($"/Policies/MatchRuns/{firstId}");
        for (var i = 0; i < 20; i++)
            (await session.PostFormAsync("/Policies/MatchRuns", ("AsOf", "2026-11-27"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = await session.HtmlAsync("/Policies/MatchRuns?page=2");
        second.ShouldContain("第 2 / 2 页");
        second.ShouldContain($"href=\"/Policies/MatchRuns/{firstId.ToString(CultureInfo.InvariantCulture)}\"");
        (await session.HtmlAsync("/Policies/MatchRuns")).ShouldNotContain($"href=\"/Policies/MatchRuns/{firstId.ToString(CultureInfo.InvariantCulture)}\"");

        var export = await session.Client.GetAsync("/Policies/MatchRuns?handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(await app.InDatabaseAsync(db => db.Set<Yingshang.Web.Features.Policies.MatchRuns.MatchRun>().CountAsync()));
        rows.ShouldContain(r => Convert.ToInt32(r["批次"], CultureInfo.InvariantCulture) == firstId && (string)r["评估日期"] == "2026-11-27");
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "MatchRun" && e.EntityKey == "list"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_start_without_a_date_is_refused_on_the_form()
    {
        using var session = await CookieSession.SignInAsync(app, "supervisor");
        var response = await session.PostFormAsync("/Policies/MatchRuns", ("AsOf", ""));
        var html = await CookieSession.HtmlOf(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("请填写评估日期");
        html.ShouldNotContain("is not valid for PageNumber");
    }
}

public sealed class MatchRunPagesTests_Sqlite(SqliteAppFactory app) : MatchRunPagesTests<SqliteAppFactory>(app);

public sealed class MatchRunPagesTests_Postgres(PostgresAppFactory app) : MatchRunPagesTests<PostgresAppFactory>(app);
