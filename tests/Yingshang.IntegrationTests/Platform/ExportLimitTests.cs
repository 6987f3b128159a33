using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Platform;

/// <summary>
/// An export that would hold more than <c>Exports:MaxRows</c> rows is refused with the reason on the list, never cut short
/// (a file that silently stops at the limit reads as the whole list). The hosts here allow three rows.
/// </summary>
public abstract class ExportLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task An_appeal_list_over_the_limit_is_refused_and_a_narrower_one_is_exported()
    {
        var marker = "出口限制" + Guid.NewGuid().ToString("N")[..8];
        using (var op = await app.ClientForAsync("operator"))
            for (var i = 0; i < 4; i++) await SubmitAsync(op, content: $"{marker} 第 {i} 件：店铺门口占道经营");
        using var session = await CookieSession.SignInAsync(app, "operator");
        var audits = await ExportAuditsAsync();

        var refused = await session.Client.GetAsync($"/Appeals?handler=Export&q={Uri.EscapeDataString(marker)}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = refused.Headers.Location!.ToString();
        back.ShouldNotContain("handler");
        back.ShouldContain("q=");
        (await session.HtmlAsync(back)).ShouldContain("筛选结果超过单次导出上限 3 条，请缩小筛选范围后再导出。");
        (await ExportAuditsAsync()).ShouldBe(audits);

        var narrow = await session.Client.GetAsync($"/Appeals?handler=Export&q={Uri.EscapeDataString(marker + " 第 1 件")}");
        narrow.StatusCode.ShouldBe(HttpStatusCode.OK);
        MiniExcelLibs.MiniExcel.Query(await narrow.Content.ReadAsStreamAsync(), useHeaderRow: true).Count().ShouldBeInRange(1, 3);
    }

    [Fact]
    public async Task The_enterprise_register_and_the_user_list_over_the_limit_are_refused()
    {
        using var officer = await CookieSession.SignInAsync(app, "admin");
        var register = await officer.Client.GetAsync("/Enterprises?handler=Export");
        register.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.HtmlAsync(register.Headers.Location!.ToString())).ShouldContain("超过单次导出上限 3 条");

        var users = await officer.Client.GetAsync("/Admin/Users?handler=Export");
        users.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var total = await app.InDatabaseAsync(db => db.Users.CountAsync());
        (await officer.HtmlAsync(users.Headers.Location!.ToString())).ShouldContain($"筛选结果共 {total:N0} 条，超过单次导出上限 3 条");
    }

    private Task<int> ExportAuditsAsync() => app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export"));
}

internal static class ExportLimit
{
    public static IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Exports:MaxRows"] = "3" };
}

public sealed class ExportLimitSqliteApp : SqliteAppFactory
{
    protected override IDictionary<string, string?> Settings => ExportLimit.Settings;
}

public sealed class ExportLimitPostgresApp : PostgresAppFactory
{
    protected override IDictionary<string, string?> Settings => ExportLimit.Settings;
}

public sealed class ExportLimitTests_Sqlite(ExportLimitSqliteApp app) : ExportLimitTests<ExportLimitSqliteApp>(app);

public sealed class ExportLimitTests_Postgres(ExportLimitPostgresApp app) : ExportLimitTests<ExportLimitPostgresApp>(app);
