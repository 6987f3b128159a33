using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.IntegrationTests.Notifications;
using Yingshang.Web.Features.Appeals;
using static Yingshang.IntegrationTests.Appeals.AppealApi;
using static Yingshang.IntegrationTests.Appeals.EscalationDriver;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>Two app instances on one PostgreSQL database: escalation and conflicting steps happen exactly once.</summary>
public sealed class AppealTwoInstancesTests : IAsyncLifetime
{
    private readonly OutboxPostgresApp _first = new();
    private OutboxPostgresApp _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new OutboxPostgresApp(_first.Database, _first.Sender);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Both_instances_escalating_at_once_raise_each_step_exactly_once_per_appeal()
    {
        using var one = await _first.AtAsync(Beijing(2026, 11, 27, 9));
        using var two = await _second.AtAsync(Beijing(2026, 11, 27, 9));
        var ids = new List<int>();
        for (var i = 0; i < 15; i++)
        {
            foreach (var client in new[] { one, two })
            {
                var id = await SubmitAsync(client);
                await OkStepAsync(client, id, "dispatch", new { department = i % 2 == 0 ? "market" : "housing" });
                ids.Add(id);
            }
        }

        // Late enough for all three steps: the runs race on every appeal and every step, twice per instance at once.
        foreach (var app in new[] { _first, _second }) app.Clock.AdjustTime(Beijing(2026, 12, 4, 1));
        await Task.WhenAll(new[] { _first, _second, _first, _second }.Select(app => Task.Run(app.EscalateAsync)));
        await Task.WhenAll(_first.EscalateAsync(), _second.EscalateAsync());

        var related = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var events = await _first.InDatabaseAsync(async db => (await db.Appeals.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync())
            .SelectMany(a => a.Events.Where(e => e.Action.IsSystemStep()).Select(e => (a.Id, e.Action))).ToList());
        var messages = await _first.InDatabaseAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.RelatedType == "Appeal" && related.Contains(m.RelatedId!) && m.Subject.StartsWith("诉求") && m.Channel == Web.Platform.Notifications.NotificationChannel.Message)
            .Select(m => new { m.RelatedId, m.Subject }).ToListAsync());

        ids.Count.ShouldBe(30);
        events.Count.ShouldBe(90);
        events.GroupBy(e => e).ShouldAllBe(g => g.Count() == 1);
        foreach (var id in ids)
            events.Where(e => e.Id == id).Select(e => e.Action).ShouldBe([AppealAction.Remind, AppealAction.Urge, AppealAction.Supervise]);
        messages.Count.ShouldBe(90);
        messages.GroupBy(m => (m.RelatedId, m.Subject)).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public async Task Conflicting_steps_on_the_two_instances_at_the_same_moment_give_one_success_and_one_409()
    {
        using var one = await _first.FreshClientAsync("operator");
        using var two = await _second.FreshClientAsync("supervisor");
        for (var i = 0; i < 10; i++)
        {
            var id = await SubmitAsync(one);
            var responses = await Task.WhenAll(
                Task.Run(() => StepAsync(one, id, "dispatch", new { department = "market" })),
                Task.Run(() => StepAsync(two, id, "dispatch", new { department = "housing" })));
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            var problem = await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem.GetProperty("code").GetString().ShouldBeOneOf("concurrency", "appeal-dispatch-refused");
            var history = await _first.HistoryAsync(id);
            history.Count(e => e.Action == AppealAction.Dispatch).ShouldBe(1);
            (await _first.DepartmentMessagesAsync(id)).Count.ShouldBe(1);
        }
    }
}
