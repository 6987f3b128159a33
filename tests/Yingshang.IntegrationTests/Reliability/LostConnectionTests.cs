using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// The cause of the intermittent 500 in <see cref="DatabaseOutageTests"/>: a SaveChanges inside a transaction whose
/// connection dies right after its batch, while EF Core releases its savepoint (the intake no longer uses savepoints since
/// main's change, but a caller's own transaction, e.g. a visit's, still does). EF swallows that failure, the save reports
/// success, and the next command met Npgsql's bare "Transaction is already completed". Here the backend is terminated at
/// exactly that moment, every time. PostgreSQL only: a SQLite connection cannot be cut from outside.
/// </summary>
public sealed class LostConnectionTests(LostConnectionTests.App app) : IClassFixture<LostConnectionTests.App>
{
    public sealed class App : PostgresAppFactory
    {
        public SavepointSaboteur Saboteur { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Saboteur.ConnectionString = ConnectionString;
            builder.ConfigureServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Saboteur)));
        }
    }

    /// <summary>Recording a visit saves in the handler's own transaction with EF's savepoints on.</summary>
    [Fact]
    public async Task A_connection_lost_while_EF_releases_its_savepoint_is_503_and_stores_nothing()
    {
        var uscc = await app.InDatabaseAsync(db => (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId
            where u.UserName == "qiye.demo1" && c.ClaimType == Yingshang.Web.Platform.Security.AppClaims.Uscc select c.ClaimValue!).SingleAsync());
        using var officer = await app.ClientForAsync("handler.market");
        var visit = new { visitDate = "2026-11-26", participants = "首席服务员", summary = "保存点释放时数据库连接断开的走访" };
        app.Saboteur.Arm();
        using var lost = await officer.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", visit);
        app.Saboteur.Fired.ShouldBeTrue("no savepoint was released while recording the visit");
        (await lost.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("code").GetString().ShouldBe("database-unavailable");
        lost.Headers.RetryAfter.ShouldNotBeNull();
        (await app.InDatabaseAsync(db => db.EnterpriseVisits.CountAsync(v => v.Summary == visit.summary))).ShouldBe(0);

        using var retried = await officer.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", visit);
        retried.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}

/// <summary>Once armed, terminates the backend of the next transaction whose savepoint EF is about to release.</summary>
public sealed class SavepointSaboteur : DbTransactionInterceptor
{
    private int _armed;
    private int _fired;

    public string ConnectionString { get; set; } = "";

    public bool Fired => Volatile.Read(ref _fired) == 1;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override async ValueTask<InterceptionResult> ReleasingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (transaction.Connection is NpgsqlConnection victim && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            await using var killer = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
            await killer.OpenAsync(cancellationToken);
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid, 10000)", killer);
            kill.Parameters.AddWithValue("pid", victim.ProcessID);
            (await kill.ExecuteScalarAsync(cancellationToken)).ShouldBe(true);
            Interlocked.Exchange(ref _fired, 1);
        }
        return result;
    }
}
