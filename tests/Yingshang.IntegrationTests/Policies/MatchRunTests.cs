using System.Net;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Policies.MatchRuns;
using static Yingshang.IntegrationTests.Policies.MatchRunDriver;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>Match runs over the test register (60 enterprises): lifecycle, counts against single evaluations, reproducibility, changes, takeover.</summary>
public abstract class MatchRunTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Outcomes = ["eligible", "ineligible", "undetermined"];

    [Fact]
    public async Task A_run_is_accepted_and_completes_in_the_background_with_the_counts_of_evaluating_each_enterprise()
    {
        var id = await StartAsync(app, "2026-11-30");
        var queued = await GetAsync(app, id);
        queued.GetProperty("status").GetString().ShouldBe("queued");
        queued.GetProperty("progress").GetDouble().ShouldBe(0);
        // Instants are Beijing time with their offset on both databases (SQLite returns them without a kind).
        var created = queued.GetProperty("createdAt").GetString()!;
        created.ShouldEndWith("+08:00");
        DateTimeOffset.Parse(created, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(app.Clock.GetUtcNow(), TimeSpan.FromSeconds(1));

        var run = await FinishAsync(app, id);
        run.GetProperty("status").GetString().ShouldBe("completed");
        run.GetProperty("finishedAt").GetString()!.ShouldEndWith("+08:00");
        run.GetProperty("progress").GetDouble().ShouldBe(1);
        run.GetProperty("total").GetInt32().ShouldBe(60);
        run.GetProperty("fingerprint").GetString()!.Length.ShouldBe(64);

        var usccs = (await GetAsync(app, "/api/v1/enterprises?pageSize=500")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("uscc").GetString()!).ToList();
        usccs.Count.ShouldBe(60);
        using var staff = await app.ClientForAsync("operator");
        var benefits = run.GetProperty("benefits").EnumerateArray().ToList();
        benefits.Count.ShouldBeGreaterThan(10);
        foreach (var benefit in benefits)
        {
            var code = benefit.GetProperty("benefit").GetString()!;
            var expected = Outcomes.ToDictionary(o => o, _ => new Dictionary<string, decimal?>());
            foreach (var uscc in usccs)
            {
                var e = await (await staff.GetAsync($"/api/v1/policies/evaluate?uscc={uscc}&benefit={code}&asOf=2026-11-30")).ShouldBeJsonAsync();
                var amount = e.GetProperty("amount");
                expected[e.GetProperty("outcome").GetString()!][uscc] = amount.ValueKind == System.Text.Json.JsonValueKind.Null ? null : Math.Round(amount.GetDecimal(), 2);
            }
            foreach (var outcome in Outcomes)
            {
                benefit.GetProperty(outcome).GetInt32().ShouldBe(expected[outcome].Count, $"{code} {outcome}");
                var listed = await ResultsAsync(app, id, code, outcome);
                listed.Keys.Order().ShouldBe(expected[outcome].Keys.Order(), $"{code} {outcome}");
                if (outcome == "eligible") foreach (var (uscc, amount) in listed) amount.ShouldBe(expected[outcome][uscc], $"{code} {uscc}");
            }
        }
    }

    [Fact]
    public async Task The_same_register_and_rules_give_the_same_fingerprint_and_results_and_no_changes()
    {
        var first = await RunAsync(app, "2026-11-29");
        var second = await RunAsync(app, "2026-11-29");
        second.GetProperty("fingerprint").GetString().ShouldBe(first.GetProperty("fingerprint").GetString());
        second.GetProperty("benefits").ToString().ShouldBe(first.GetProperty("benefits").ToString());
        var (a, b) = (first.GetProperty("id").GetInt32(), second.GetProperty("id").GetInt32());
        foreach (var code in first.GetProperty("benefits").EnumerateArray().Select(x => x.GetProperty("benefit").GetString()!))
            foreach (var outcome in Outcomes)
                (await ResultsAsync(app, b, code, outcome)).ShouldBe(await ResultsAsync(app, a, code, outcome));
        var changes = await GetAsync(app, $"{Runs}/{b}/changes");
        changes.GetProperty("previousRunId").GetInt32().ShouldBe(a);
        changes.GetProperty("benefits").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task An_enterprise_changed_between_two_runs_is_listed_as_no_longer_eligible()
    {
        var first = await RunAsync(app, "2026-11-28");
        var a = first.GetProperty("id").GetInt32();
        var (uscc, amount) = (await ResultsAsync(app, a, "CFW-02", "eligible")).First();
        await SetAbnormalAsync(uscc, true);
        try
        {
            var second = await RunAsync(app, "2026-11-28");
            second.GetProperty("fingerprint").GetString().ShouldNotBe(first.GetProperty("fingerprint").GetString());
            var b = second.GetProperty("id").GetInt32();
            var changes = await GetAsync(app, $"{Runs}/{b}/changes?kind=noLongerEligible&benefit=CFW-02");
            changes.GetProperty("previousRunId").GetInt32().ShouldBe(a);
            var item = changes.GetProperty("items").GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
            item.GetProperty("uscc").GetString().ShouldBe(uscc);
            item.GetProperty("previousAmount").GetDecimal().ShouldBe(amount!.Value);
            var summary = changes.GetProperty("benefits").EnumerateArray().Single(x => x.GetProperty("benefit").GetString() == "CFW-02");
            summary.GetProperty("noLongerEligible").GetInt32().ShouldBe(1);
            summary.GetProperty("newlyEligible").GetInt32().ShouldBe(0);

            using var office = await Admin.CookieSession.SignInAsync(app, "supervisor");
            var export = await office.Client.GetAsync($"/Policies/MatchRuns/{b}/Changes?kind=noLongerEligible&benefit=CFW-02&handler=Export");
            export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var row = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ShouldHaveSingleItem();
            row["统一社会信用代码"].ShouldBe(uscc);
            row["变化"].ShouldBe("不再符合");
            Convert.ToDecimal(row["上一批次金额（元）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(amount.Value);
            var key = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "MatchRun" && e.EntityKey == key)))
                .ShouldBe(1);
        }
        finally
        {
            await SetAbnormalAsync(uscc, false);
        }
    }

    [Fact]
    public async Task A_run_held_by_a_stopped_instance_is_taken_over_when_its_lease_expires()
    {
        var id = await StartAsync(app, "2026-11-26");
        var until = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);
        await app.InDatabaseAsync(db => db.Set<MatchRun>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, MatchRunStatus.Running).SetProperty(r => r.LeaseHolder, "stopped-instance#1").SetProperty(r => r.LeaseUntil, until)));
        await RunJobOnceAsync(app);
        (await GetAsync(app, id)).GetProperty("status").GetString().ShouldBe("running");

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var run = await FinishAsync(app, id);
        run.GetProperty("status").GetString().ShouldBe("completed");
        run.GetProperty("processed").GetInt32().ShouldBe(60);
    }

    [Fact]
    public async Task A_benefit_stored_without_a_known_paying_department_opens_no_cases_and_the_run_says_so()
    {
        // Saving a policy now refuses such a benefit; one stored before that rule (or written around it) must not be skipped silently.
        await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Code == "WGY-02").ExecuteUpdateAsync(s => s.SetProperty(b => b.Department, "retired-dept")));
        try
        {
            var run = await RunAsync(app, "2026-11-30");
            var id = run.GetProperty("id").GetInt32();
            var benefits = run.GetProperty("benefits").EnumerateArray().ToList();
            benefits.Single(b => b.GetProperty("benefit").GetString() == "WGY-02").GetProperty("noPayingDepartment").GetBoolean().ShouldBeTrue();
            benefits.Where(b => b.GetProperty("benefit").GetString() != "WGY-02").ShouldAllBe(b => !b.GetProperty("noPayingDepartment").GetBoolean());
            (await app.InDatabaseAsync(db => db.Set<Yingshang.Web.Features.Policies.Grants.Grant>().IgnoreQueryFilters()
                .CountAsync(g => g.RunId == id && g.BenefitCode == "WGY-02"))).ShouldBe(0);
            using var session = await Admin.CookieSession.SignInAsync(app, "supervisor");
            (await session.HtmlAsync($"/Policies/MatchRuns/{id}")).ShouldContain("以下兑现事项没有有效的兑现部门，本批次未为其开立案件：WGY-02 小升规企业一次性奖励");
        }
        finally
        {
            await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Code == "WGY-02").ExecuteUpdateAsync(s => s.SetProperty(b => b.Department, "industry")));
        }
    }

    [Fact]
    public async Task Only_the_office_starts_runs_and_bad_requests_are_refused()
    {
        using var handler = await app.ClientForAsync("handler.market");
        (await handler.PostAsJsonAsync(Runs, new { asOf = "2026-11-30" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var supervisor = await app.ClientForAsync("supervisor");
        await (await supervisor.PostAsync(Runs, JsonContent.Create(new { asOf = "2026-13-45" }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var far in new[] { "9999-12-31", "1900-01-01", "2025-11-25", "2026-12-29" })
            (await (await supervisor.PostAsJsonAsync(Runs, new { asOf = far })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
                .GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue(far);
        await (await supervisor.GetAsync($"{Runs}/999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var id = (await RunAsync(app, "2026-11-25")).GetProperty("id").GetInt32();
        await (await supervisor.GetAsync($"{Runs}/{id}/results?outcome=eligible")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await supervisor.GetAsync($"{Runs}/{id}/results?benefit=NOPE")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await supervisor.GetAsync($"{Runs}/{id}/results?benefit=CFW-02&outcome=maybe")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await supervisor.GetAsync($"{Runs}/{id}/changes?kind=other")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    private Task<int> SetAbnormalAsync(string uscc, bool value) =>
        app.InDatabaseAsync(db => db.Enterprises.Where(e => e.Uscc == uscc).ExecuteUpdateAsync(s => s.SetProperty(e => e.Abnormal, value)));
}

public sealed class MatchRunTests_Sqlite(SqliteAppFactory app) : MatchRunTests<SqliteAppFactory>(app);

public sealed class MatchRunTests_Postgres(PostgresAppFactory app) : MatchRunTests<PostgresAppFactory>(app);
