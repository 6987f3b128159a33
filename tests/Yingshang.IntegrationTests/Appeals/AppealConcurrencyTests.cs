using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Platform.Security;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>No lost update: of two conflicting steps on one appeal at the same moment, one succeeds and the other is a 409.</summary>
public abstract class AppealConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Two_steps_that_both_read_the_appeal_before_either_saved_give_one_success_and_one_conflict()
    {
        var id = await DispatchedAsync(app);
        var bothRead = new Barrier(2);
        var sign = Task.Run(() => StepAsync(id, AppealAction.Sign, (a, c) => a.Sign(c), bothRead));
        var giveBack = Task.Run(() => StepAsync(id, AppealAction.Return, (a, c) => a.RequestReturn(c, "不属本部门职责"), bothRead));
        var outcomes = await Task.WhenAll(sign, giveBack);

        outcomes.Count(o => o is null).ShouldBe(1);
        outcomes.Count(o => o is DbUpdateConcurrencyException).ShouldBe(1);
        var history = await app.HistoryAsync(id);
        history.Count(e => e.Action is AppealAction.Sign or AppealAction.Return).ShouldBe(1);
        var status = await app.InDatabaseAsync(db => db.Appeals.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
        status.ShouldBe(history[^1].ToStatus);
    }

    [Fact]
    public async Task Concurrent_requests_with_conflicting_dispatches_give_one_200_and_one_409_problem_and_one_history_entry()
    {
        using var op = await app.FreshClientAsync("operator");
        using var other = await app.FreshClientAsync("supervisor");
        for (var i = 0; i < 8; i++)
        {
            var id = await SubmitAsync(op);
            var responses = await Task.WhenAll(
                Task.Run(() => AppealApi.StepAsync(op, id, "dispatch", new { department = "market" })),
                Task.Run(() => AppealApi.StepAsync(other, id, "dispatch", new { department = "housing" })));
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
            var problem = await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem.GetProperty("code").GetString().ShouldBeOneOf("concurrency", "appeal-dispatch-refused");
            (await app.HistoryAsync(id)).Count(e => e.Action == AppealAction.Dispatch).ShouldBe(1);
        }
    }

    /// <summary>Runs a step through <see cref="AppealWorkflow"/> as the supervisor; both steps wait until both have read the row.</summary>
    private async Task<Exception?> StepAsync(int id, AppealAction action, Action<Appeal, AppealContext> step, Barrier bothRead)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "supervisor"), new Claim(ClaimTypes.Role, Roles.Supervisor)], "Test"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user };
        try
        {
            await scope.ServiceProvider.GetRequiredService<AppealWorkflow>().RunAsync(id, action, (a, c) =>
            {
                step(a, c);
                bothRead.SignalAndWait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
                return Task.CompletedTask;
            }, CancellationToken.None);
            return null;
        }
        catch (DbUpdateConcurrencyException e)
        {
            return e;
        }
    }
}

public sealed class AppealConcurrencyTests_Sqlite(SqliteAppFactory app) : AppealConcurrencyTests<SqliteAppFactory>(app);

public sealed class AppealConcurrencyTests_Postgres(PostgresAppFactory app) : AppealConcurrencyTests<PostgresAppFactory>(app);
