using System.Net;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.IntegrationTests.Notifications;
using Yingshang.Web.Features.Appeals;
using static Yingshang.IntegrationTests.Appeals.AppealApi;
using static Yingshang.IntegrationTests.Appeals.EscalationDriver;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The escalation ladder run by its job on a moving clock. Each test sets the clock itself.</summary>
public abstract class AppealEscalationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly AppealAction[] Ladder = [AppealAction.Remind, AppealAction.Urge, AppealAction.Supervise];

    [Fact]
    public async Task A_complaint_is_reminded_at_75_percent_urged_at_the_deadline_and_supervised_three_working_days_later()
    {
        // Dispatched Fri 27 Nov 09:00: sign by Mon 30 Nov 23:59:59 (the weekend does not count); 75 % is Mon 02:15.
        using var op = await app.AtAsync(Beijing(2026, 11, 27, 9));
        var id = await SubmitAsync(op);
        await OkStepAsync(op, id, "dispatch", new { department = "market" });

        await Steps(Beijing(2026, 11, 27, 18), []);
        await Steps(Beijing(2026, 11, 30, 2, 10), []);
        await Steps(Beijing(2026, 11, 30, 2, 20), [AppealAction.Remind]);
        await Steps(Beijing(2026, 11, 30, 23, 59, 59), [AppealAction.Remind]);
        await Steps(Beijing(2026, 12, 1, 0, 0, 1), [AppealAction.Remind, AppealAction.Urge]);
        // Three working days after Mon 30 Nov: Tue 1, Wed 2, Thu 3 Dec — supervised once Thursday has ended.
        await Steps(Beijing(2026, 12, 3, 23, 59, 59), [AppealAction.Remind, AppealAction.Urge]);
        await Steps(Beijing(2026, 12, 4, 0, 0, 1), Ladder);
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe(Ladder);

        var history = (await app.HistoryAsync(id)).Where(e => e.Action.IsSystemStep()).ToList();
        history.ShouldAllBe(e => e.Actor == "system" && e.ToStatus == AppealStatus.Dispatched);
        history[0].Detail.ShouldBe("签收期限 2026-11-30 23:59 即将到期（已用时 75%）");
        (await app.DepartmentMessagesAsync(id)).ShouldBe(
            ["market:新派单诉求", "market:诉求即将超期提醒", "market:诉求催办", "market:诉求督办"]);

        using var supervisor = await app.FreshClientAsync("supervisor");
        (await GetAsync(supervisor, id)).GetProperty("escalation").GetString().ShouldBe("supervised");
        (await Ids(supervisor, "supervised")).ShouldContain(id);
        (await Ids(supervisor, "urged")).ShouldNotContain(id);
        await (await supervisor.GetAsync("/api/v1/appeals?escalation=loud")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        using var page = await CookieSession.SignInAsync(app, "supervisor");
        var html = await page.HtmlAsync("/Appeals?escalation=supervised");
        html.ShouldContain("<h1>督办诉求</h1>");
        html.ShouldContain($"/Appeals/{id}\"");
        html.ShouldContain("<span class=\"badge bad\">督办</span>");
        (await page.HtmlAsync("/")).ShouldContain("href=\"/Appeals?escalation=supervised\"");
        // The job's steps are the system's, shown by name only; a user's steps keep their account beside the name.
        var detail = await page.HtmlAsync($"/Appeals/{id}");
        detail.ShouldContain("<strong>督办</strong> · 系统");
        detail.ShouldNotContain("系统（system）");
        detail.ShouldContain("（operator）");

        async Task Steps(DateTimeOffset at, AppealAction[] expected)
        {
            app.Clock.AdjustTime(at);
            await app.EscalateAsync();
            (await app.EscalationsAsync(id)).ShouldBe(expected, false, $"at {at:yyyy-MM-dd HH:mm:ss}");
        }
    }

    [Fact]
    public async Task Over_the_National_Day_holiday_the_late_appeal_climbs_the_ladder_in_one_run_and_is_supervised_after_three_working_days()
    {
        // Wed 30 Sep 10:00: 1–7 Oct are holidays, so signing is due Thu 8 Oct 23:59:59; then Fri 9, Sat 10 (调休), Mon 12.
        using var op = await app.AtAsync(Beijing(2026, 9, 30, 10));
        var id = await SubmitAsync(op);
        (await OkStepAsync(op, id, "dispatch", new { department = "market" }))
            .GetProperty("deadlines").GetProperty("sign").GetString().ShouldBe("2026-10-08T23:59:59+08:00");

        await Steps(Beijing(2026, 10, 3, 12), []);
        await Steps(Beijing(2026, 10, 9, 0, 0, 1), [AppealAction.Remind, AppealAction.Urge]);
        await Steps(Beijing(2026, 10, 11, 23), [AppealAction.Remind, AppealAction.Urge]);
        await Steps(Beijing(2026, 10, 12, 23, 59), [AppealAction.Remind, AppealAction.Urge]);
        await Steps(Beijing(2026, 10, 13, 0, 0, 1), Ladder);

        async Task Steps(DateTimeOffset at, AppealAction[] expected)
        {
            app.Clock.AdjustTime(at);
            await app.EscalateAsync();
            await app.EscalateAsync();
            (await app.EscalationsAsync(id)).ShouldBe(expected, false, $"at {at:yyyy-MM-dd HH:mm:ss}");
        }
    }

    [Fact]
    public async Task A_paused_appeal_does_not_escalate_and_resumes_on_its_moved_deadlines()
    {
        using var op = await app.AtAsync(Beijing(2026, 11, 27, 9));
        var id = await SubmitAsync(op);
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        using var supervisor = await app.FreshClientAsync("supervisor");
        await OkStepAsync(supervisor, id, "pause", new { reason = "等待司法鉴定结果" });

        app.Clock.AdjustTime(Beijing(2026, 12, 10, 9));
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBeEmpty();

        using var later = await app.FreshClientAsync("supervisor");
        // Paused Fri 27 Nov, resumed Thu 10 Dec: 9 working days move the sign deadline from Mon 30 Nov to Fri 11 Dec.
        (await OkStepAsync(later, id, "resume", new { note = "鉴定结果已出" }))
            .GetProperty("deadlines").GetProperty("sign").GetString().ShouldBe("2026-12-11T23:59:59+08:00");
        app.Clock.AdjustTime(Beijing(2026, 12, 11, 23, 59));
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe([AppealAction.Remind]);
        app.Clock.AdjustTime(Beijing(2026, 12, 12, 0, 0, 1));
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe([AppealAction.Remind, AppealAction.Urge]);
    }

    [Fact]
    public async Task Each_step_is_raised_once_per_appeal_even_across_a_reopening_and_a_reassignment()
    {
        using var op = await app.AtAsync(Beijing(2026, 11, 27, 9));
        var id = await SubmitAsync(op);
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        app.Clock.AdjustTime(Beijing(2026, 12, 1, 0, 0, 1));
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe([AppealAction.Remind, AppealAction.Urge]);

        using var handler = await app.FreshClientAsync("handler.market");
        using var centre = await app.FreshClientAsync("operator");
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已联系" });
        (await OkStepAsync(handler, id, "reply", new { content = "已处理" })).GetProperty("escalation").GetString().ShouldBe("urged");
        await OkStepAsync(centre, id, "close");
        await OkStepAsync(centre, id, "visit", new { resolved = false, satisfaction = 1 });
        var reopened = await OkStepAsync(centre, id, "reopen", new { reason = "问题仍未解决" });
        reopened.GetProperty("escalation").GetString().ShouldBe("urged");

        // The new round's sign deadline is Wed 2 Dec 23:59:59: late again, but reminded and urged already.
        app.Clock.AdjustTime(Beijing(2026, 12, 3, 0, 0, 1));
        await app.EscalateAsync();
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe([AppealAction.Remind, AppealAction.Urge]);
        // 督办, not yet raised for this appeal, comes three working days after that deadline (Thu, Fri, Mon 7 Dec).
        app.Clock.AdjustTime(Beijing(2026, 12, 8, 0, 0, 1));
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe([AppealAction.Remind, AppealAction.Urge, AppealAction.Supervise]);

        using var later = await app.FreshClientAsync("operator");
        await OkStepAsync(later, id, "reassign", new { department = "urban-management", reason = "属城管职责" });
        app.Clock.AdjustTime(Beijing(2026, 12, 20, 9));
        await app.EscalateAsync();
        await app.EscalateAsync();
        (await app.EscalationsAsync(id)).ShouldBe([AppealAction.Remind, AppealAction.Urge, AppealAction.Supervise]);
        (await app.DepartmentMessagesAsync(id)).Count(m => m.EndsWith(":诉求催办", StringComparison.Ordinal)).ShouldBe(1);
        (await app.DepartmentMessagesAsync(id)).Count(m => m.EndsWith(":诉求督办", StringComparison.Ordinal)).ShouldBe(1);
    }

    private static async Task<List<int>> Ids(HttpClient client, string escalation)
    {
        var json = await (await client.GetAsync($"/api/v1/appeals?escalation={escalation}&pageSize=500")).ShouldBeJsonAsync();
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }
}

public sealed class AppealEscalationTests_Sqlite(OutboxSqliteApp app) : AppealEscalationTests<OutboxSqliteApp>(app);

public sealed class AppealEscalationTests_Postgres(OutboxPostgresApp app) : AppealEscalationTests<OutboxPostgresApp>(app);
