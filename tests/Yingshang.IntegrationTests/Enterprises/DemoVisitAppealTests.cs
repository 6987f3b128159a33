using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>The visit appeals the demo data files (with demo appeals on) name the visit's 首席服务员 as receiver, not "system".</summary>
public abstract class DemoVisitAppealTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Demo_visit_appeals_are_received_by_the_chief_officer_of_the_visit()
    {
        var received = await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.Channel == AppealChannel.Visit)
            .SelectMany(a => a.Events).Where(e => e.Action == AppealAction.Receive).Select(e => new { e.Actor, e.ActorName }).ToListAsync());
        received.Count.ShouldBe(2);
        received.ShouldAllBe(e => e.Actor == "handler.market" && e.ActorName == "李承办");
    }
}

/// <summary>A few demo appeals, so that the demo service seeder files its visit appeals.</summary>
internal static class DemoVisitAppeals
{
    public static readonly Dictionary<string, string?> Settings = new() { ["Seed:Appeals"] = "5" };
}

public sealed class DemoVisitAppealSqliteApp : SqliteAppFactory
{
    protected override IDictionary<string, string?> Settings => DemoVisitAppeals.Settings;
}

public sealed class DemoVisitAppealPostgresApp : PostgresAppFactory
{
    protected override IDictionary<string, string?> Settings => DemoVisitAppeals.Settings;
}

public sealed class DemoVisitAppealTests_Sqlite(DemoVisitAppealSqliteApp app) : DemoVisitAppealTests<DemoVisitAppealSqliteApp>(app);
public sealed class DemoVisitAppealTests_Postgres(DemoVisitAppealPostgresApp app) : DemoVisitAppealTests<DemoVisitAppealPostgresApp>(app);
