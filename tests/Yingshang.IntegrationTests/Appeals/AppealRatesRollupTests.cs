using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals.Rates;
using Yingshang.Web.Platform.Persistence;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>
/// The rates read from the roll-up equal the rates counted over the appeals themselves (<see cref="RatesOracle"/>),
/// through a seeded random sequence of lifecycle steps across a month boundary, before and after compaction and after a
/// rebuild; and a database without the roll-up's marker is filled at start-up. Jobs off: the test compacts itself.
/// </summary>
public abstract class AppealRatesRollupTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Periods = ["2026-11", "2026-12", "2026Q4"];
    private static readonly string[] Departments = ["market", "housing"];
    private static readonly string[] Counties = ["东城县", "西山县", "南河县"];
    private static readonly string[] Types = ["投诉", "求助", "咨询", "举报"];

    [Fact]
    public async Task Roll_up_rates_equal_the_rates_counted_over_the_appeals_through_a_random_lifecycle()
    {
        var random = new Random(20261127);
        var ids = new List<int>();
        var (sv, taken) = (await FreshClientAsync("supervisor"), 0);
        for (var op = 0; op < 160; op++)
        {
            if (ids.Count < 4 || random.Next(5) == 0)
            {
                var body = Body(Types[random.Next(Types.Length)]);
                body["county"] = Counties[random.Next(Counties.Length)];
                if (random.Next(4) == 0) body["urgency"] = "紧急";
                ids.Add((await (await PostAsync(sv, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
            }
            // A few random tries on one appeal: most steps are refused in most states (a 409 changes nothing).
            var id = ids[random.Next(ids.Count)];
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var (step, payload) = RandomStep(random, ids);
                var response = await StepAsync(sv, id, step, payload);
                ((int)response.StatusCode).ShouldBeLessThan(500, $"{step} of {id}");
                if (response.IsSuccessStatusCode) { taken++; break; }
            }

            if (random.Next(6) == 0)
            {
                // Across the month: Beijing December starts on 2026-11-30 16:00 UTC.
                app.Clock.Advance(TimeSpan.FromMinutes(random.Next(30, 600)));
                sv.Dispose();
                sv = await FreshClientAsync("supervisor");
            }
            if (random.Next(15) == 0) await CompactAsync();
            if (op % 40 == 39) await ShouldEqualOracleAsync(sv, $"after step {op}");
        }
        await ShouldEqualOracleAsync(sv, "before the last compaction");
        await CompactAsync();
        await ShouldEqualOracleAsync(sv, "after the last compaction");
        var compacted = await RollupAsync();
        compacted.ShouldNotBeEmpty();
        taken.ShouldBeGreaterThan(60, "enough of the random steps were allowed to move the appeals along");
        await app.InDatabaseAsync(db => Builder(db).RebuildAsync(CancellationToken.None));
        (await RollupAsync()).ShouldBe(compacted, "the folded deltas equal a rebuild from the appeals");
        await ShouldEqualOracleAsync(sv, "after a rebuild");
        app.Clock.GetUtcNow().ShouldBeGreaterThan(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), "the steps crossed into December");
        sv.Dispose();
    }

    [Fact]
    public async Task A_database_without_the_roll_up_marker_is_filled_at_start()
    {
        using var sv = await FreshClientAsync("supervisor");
        for (var i = 0; i < 3; i++)
        {
            var id = await SubmitAsync(sv);
            await OkStepAsync(sv, id, "dispatch", new { department = Departments[i % 2] });
            if (i > 0) await OkStepAsync(sv, id, "sign");
        }
        // As a database migrated from before the roll-up: empty tables, no marker.
        await app.InDatabaseAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM appeals_rate_delta");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM appeals_rate_rollup");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM appeals_rate_rollup_marker");
        });
        (await RollupAsync()).ShouldBeEmpty();

        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        (await app.InDatabaseAsync(db => Builder(db).IsCurrentAsync(CancellationToken.None))).ShouldBeTrue();
        (await RollupAsync()).ShouldNotBeEmpty();
        await ShouldEqualOracleAsync(sv, "after the start-up rebuild");
    }

    private static (string Step, object Payload) RandomStep(Random random, List<int> ids)
    {
        string Department() => Departments[random.Next(Departments.Length)];
        return random.Next(17) switch
        {
            0 or 1 => ("dispatch", new { department = Department() }),
            2 => ("reassign", new { department = Department(), reason = "改派他部门" }),
            3 or 4 => ("sign", new { }),
            5 => ("contact", new { note = "已联系" }),
            6 => ("reply", new { content = "已处理" }),
            7 => ("close", new { note = "办结" }),
            8 => random.Next(4) == 0
                ? ("visit", new { unreachable = true })
                : ("visit", (object)new { resolved = random.Next(3) > 0, satisfaction = random.Next(1, 6) }),
            9 => ("reopen", new { reason = "未解决" }),
            10 => ("return", new { reason = "不属于本部门" }),
            11 => random.Next(3) == 0 ? ("return/reject", new { note = "驳回" }) : ("return/approve", new { note = "同意" }),
            12 => ("extend", new { workingDays = random.Next(1, 4), reason = "需检测" }),
            13 => ("extend/approve", new { note = "同意" }),
            14 => random.Next(2) == 0 ? ("pause", (object)new { reason = "需鉴定" }) : ("resume", (object)new { note = "恢复" }),
            15 => ("answer", new { content = "已答复" }),
            _ => ("merge", new { into = ids[random.Next(ids.Count)] }),
        };
    }

    private async Task ShouldEqualOracleAsync(HttpClient client, string stage)
    {
        var now = app.Clock.GetUtcNow();
        foreach (var period in Periods)
        {
            foreach (var (groupBy, grouping) in new[] { ("department", RateGrouping.Department), ("county", RateGrouping.County) })
            {
                var json = await (await client.GetAsync($"/api/v1/appeals/rates?period={period}&groupBy={groupBy}")).ShouldBeJsonAsync();
                var parsed = RatePeriod.Parse(period, app.Clock);
                var oracle = await app.InDatabaseAsync(db => RatesOracle.ComputeAsync(db, parsed, grouping, now.UtcDateTime, CancellationToken.None));
                var context = $"{stage}, {period} by {groupBy}";
                json.GetProperty("rows").EnumerateArray().Select(Line).ToList().ShouldBe(oracle.Rows.Select(Line).ToList(), context);
                Line(json.GetProperty("total")).ShouldBe(Line(oracle.Total!), context);
                var counts = await app.InDatabaseAsync(async db =>
                    await new AppealRates(db, new RateQueries(db), app.Clock, new RateSettingsStore(db)).CountAsync(parsed, grouping, CancellationToken.None));
                var expected = (await app.InDatabaseAsync(db => RatesOracle.CountWithTotalAsync(db, parsed, grouping, now.UtcDateTime, CancellationToken.None))).Counts;
                counts.OrderBy(c => c.Key).ToList().ShouldBe(expected.OrderBy(c => c.Key).ToList(), context);
            }
        }
    }

    private static readonly string[] RateNames =
        ["signedOnTimeRate", "responseRate", "closedOnTimeRate", "resolutionRate", "satisfactionRate", "returnRate", "reopenRate", "directAnswerRate", "composite"];

    private static string Line(JsonElement row) => string.Join('|',
        [row.GetProperty("key").GetString(), row.GetProperty("dispatched").GetInt32().ToString(CultureInfo.InvariantCulture),
            .. RateNames.Select(n => Number(row.GetProperty(n))), Number(row.GetProperty("rank"))]);

    private static string Line(RateRow r) => string.Join('|',
        [r.Key, r.Dispatched.ToString(CultureInfo.InvariantCulture),
            .. new[] { r.SignedOnTimeRate, r.ResponseRate, r.ClosedOnTimeRate, r.ResolutionRate, r.SatisfactionRate, r.ReturnRate, r.ReopenRate,
                r.DirectAnswerRate, r.Composite }.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "null"),
            r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "null"]);

    private static string Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? "null" : value.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    private Task CompactAsync() => app.InDatabaseAsync(db => new RateCompactionJob(db).RunOnceAsync(CancellationToken.None));

    /// <summary>The roll-up's non-zero rows (compaction may leave a row whose counts cancelled out).</summary>
    private Task<List<string>> RollupAsync() => app.InDatabaseAsync(async db =>
        (await db.Set<RateRollupRow>().AsNoTracking().ToListAsync())
            .Select(r => string.Join(',', typeof(RateTally).GetProperties().Select(p => p.GetValue(r))))
            .Where(line => line.Split(',').Skip(3).Any(v => v != "0")).Order(StringComparer.Ordinal).ToList());

    private RateRollupBuilder Builder(AppDbContext db) =>
        new(db, app.Clock, app.Services.GetRequiredService<ILogger<RateRollupBuilder>>());

    /// <summary>A fresh token: the cached one was issued before the clock moved and may have expired.</summary>
    private async Task<HttpClient> FreshClientAsync(string userName)
    {
        using var anonymous = app.CreateClient();
        var token = (await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFactory.Password }))
            .ShouldBeJsonAsync()).GetProperty("accessToken").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class AppealRatesRollupTests_Sqlite(RatesSqliteApp app) : AppealRatesRollupTests<RatesSqliteApp>(app);

public sealed class AppealRatesRollupTests_Postgres(RatesPostgresApp app) : AppealRatesRollupTests<RatesPostgresApp>(app);
