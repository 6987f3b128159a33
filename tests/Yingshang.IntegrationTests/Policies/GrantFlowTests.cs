using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Security;
using static Yingshang.IntegrationTests.Policies.MatchRunDriver;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>
/// The 免申即享 flow after one match run at the test clock's date: demo enterprise users qiye.demo1/2 (seeded), and
/// qiye.test, whose enterprise lacks the 经营异常 flag so that its 个体工商户经营补助 (CFW-02) case waits for data.
/// </summary>
public abstract class GrantFlowTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Mine = "/api/v1/policies/my-benefits";
    private const string Grants = "/api/v1/policies/grants";
    private static readonly object Account = new { bankName = "示范州农村商业银行", accountName = "测试账户", accountNumber = "6228 4800 1234 5678 901" };

    private string _testUscc = "";

    /// <summary>xUnit runs this before every test of the class; the tests share one setup (the first one makes it).</summary>
    public async Task InitializeAsync()
    {
        var existing = await app.InDatabaseAsync(db => (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId
                                                        where u.UserName == "qiye.test" && c.ClaimType == AppClaims.Uscc select c.ClaimValue).FirstOrDefaultAsync());
        if (existing is not null)
        {
            _testUscc = existing;
            return;
        }
        var taken = await app.InDatabaseAsync(db => db.UserClaims.Where(c => c.ClaimType == AppClaims.Uscc).Select(c => c.ClaimValue!).ToListAsync());
        _testUscc = await app.InDatabaseAsync(db => db.Enterprises.Where(e => e.Kind == EnterpriseKind.IndividualBusiness && e.Abnormal == false
                && e.Established <= new DateOnly(2025, 1, 1) && !taken.Contains(e.Uscc)).OrderBy(e => e.Uscc).Select(e => e.Uscc).FirstAsync());
        await app.InDatabaseAsync(db => db.Enterprises.Where(e => e.Uscc == _testUscc).ExecuteUpdateAsync(s => s.SetProperty(e => e.Abnormal, (bool?)null)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "qiye.test", DisplayName = "测试企业" };
            (await users.CreateAsync(user, AppFactory.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Enterprise);
            await users.AddClaimAsync(user, new Claim(AppClaims.Uscc, _testUscc));
        }
        await RunAsync(app, "2026-11-27");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> UsccOfAsync(string user) => app.InDatabaseAsync(db =>
        (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId where u.UserName == user && c.ClaimType == AppClaims.Uscc select c.ClaimValue!).SingleAsync());

    private async Task<JsonElement> CaseAsync(string user, string? benefit = null, string status = "Notified")
    {
        var list = await GetAsync(app, $"{Mine}?status={status}&pageSize=500", user);
        return list.GetProperty("items").EnumerateArray().First(g => benefit is null || g.GetProperty("benefitCode").GetString() == benefit);
    }

    private async Task<HttpResponseMessage> PostAsync(string user, string path, object? body = null)
    {
        using var client = await app.ClientForAsync(user);
        return await client.PostAsJsonAsync(path, body ?? new { });
    }

    [Fact]
    public async Task An_eligible_enterprise_is_notified_confirms_and_is_approved_and_paid_and_counted()
    {
        var uscc = await UsccOfAsync("qiye.demo1");
        var id = (await CaseAsync("qiye.demo1", "CFW-02")).GetProperty("id").GetInt32();
        (await app.InDatabaseAsync(db => db.Outbox.CountAsync(m => m.RelatedType == "PolicyGrant" && m.RelatedId == $"CFW-02/{uscc}" && m.Recipient == uscc))).ShouldBe(1);

        await (await PostAsync("qiye.demo1", $"{Mine}/{id}/confirm")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await PostAsync("qiye.demo1", $"{Mine}/{id}/confirm", new { bankName = "银行", accountName = "甲", accountNumber = "12ab" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await (await PostAsync("qiye.demo1", $"{Mine}/{id}/confirm", Account)).ShouldBeJsonAsync()).GetProperty("status").GetString().ShouldBe("Confirmed");
        using (var supervisorPage = await Admin.CookieSession.SignInAsync(app, "supervisor"))
            (await supervisorPage.HtmlAsync($"/Policies/Grants/{id}")).ShouldContain("等待州市场监督管理局的部门负责人审批。");

        (await PostAsync("handler.market", $"{Grants}/{id}/approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await PostAsync("lead.market", $"{Grants}/{id}/approve", new { note = "材料齐全" })).ShouldBeJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
        await (await PostAsync("handler.market", $"{Grants}/{id}/payments", new { amount = 3001, voucherNumber = "PZ-2026-0001" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await (await PostAsync("handler.market", $"{Grants}/{id}/payments", new { amount = 3000, voucherNumber = "PZ-2026-0001", date = "2099-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("date", out _).ShouldBeTrue();
        (await (await PostAsync("handler.market", $"{Grants}/{id}/payments", new { amount = 3000, voucherNumber = "PZ-2026-0001", date = "0001-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("date")[0].GetString()!.ShouldStartWith("登记日期不能早于审批通过日期");
        var recorded = await (await PostAsync("handler.market", $"{Grants}/{id}/payments", new { amount = 3000, voucherNumber = "PZ-2026-0001", date = "2026-11-27" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await PostAsync("handler.market", $"{Grants}/{id}/payments", new { amount = 3000, voucherNumber = "PZ-2026-0002" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var payment = recorded.GetProperty("payments")[0].GetProperty("id").GetInt32();
        (await (await PostAsync("handler.market", $"{Grants}/{id}/payments/{payment}/paid", new { paidOn = "2026-11-28" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("paidOn", out _).ShouldBeTrue();
        var paid = await (await PostAsync("handler.market", $"{Grants}/{id}/payments/{payment}/paid", new { paidOn = "2026-11-27" })).ShouldBeJsonAsync();
        paid.GetProperty("status").GetString().ShouldBe("Paid");
        paid.GetProperty("steps").GetArrayLength().ShouldBe(5);
        paid.GetProperty("accountNumber").GetString().ShouldBe("6228480012345678901");
        // Only the roles that pay read the payee's account whole.
        (await GetAsync(app, $"{Grants}/{id}", "leader")).GetProperty("accountNumber").GetString().ShouldBe("***************8901");
        using (var leaderPage = await Admin.CookieSession.SignInAsync(app, "leader"))
        {
            var html = await leaderPage.HtmlAsync($"/Policies/Grants/{id}");
            html.ShouldContain("***************8901");
            html.ShouldNotContain("6228480012345678901");
        }

        var byPolicy = await GetAsync(app, "/api/v1/policies/statistics?groupBy=policy", "supervisor");
        var policyId = paid.GetProperty("policyId").GetInt32();
        var expected = await app.InDatabaseAsync(async db =>
        {
            var grants = await db.Set<Grant>().Where(g => g.PolicyId == policyId).Select(g => new { g.Uscc, g.ConfirmedAt }).ToListAsync();
            return (Reached: grants.Select(g => g.Uscc).Distinct().Count(), Confirmed: grants.Count(g => g.ConfirmedAt != null),
                Title: await db.Policies.Where(p => p.Id == policyId).Select(p => p.Title).SingleAsync());
        });
        var row = byPolicy.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("title").GetString() == expected.Title);
        row.GetProperty("reached").GetInt32().ShouldBe(expected.Reached);
        row.GetProperty("confirmed").GetInt32().ShouldBe(expected.Confirmed);
        row.GetProperty("paid").GetInt32().ShouldBe(1);
        row.GetProperty("amountPaid").GetDecimal().ShouldBe(3000m);
        row.GetProperty("averageDaysFromPolicy").GetDouble().ShouldBe(330); // 2026-01-01 → 2026-11-27
        row.GetProperty("averageDaysFromNotice").GetDouble().ShouldBe(0);
        var county = paid.GetProperty("county").GetString();
        var byCounty = await GetAsync(app, "/api/v1/policies/statistics?groupBy=county", "supervisor");
        byCounty.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("title").GetString() == county).GetProperty("amountPaid").GetDecimal().ShouldBe(3000m);
        row.GetProperty("number").GetString().ShouldBe(await app.InDatabaseAsync(db => db.Policies.Where(p => p.Id == policyId).Select(p => p.Number).SingleAsync()));
        using var leader = await app.ClientForAsync("leader");
        await (await leader.GetAsync("/api/v1/policies/statistics?groupBy=department")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        using (var page = await Admin.CookieSession.SignInAsync(app, "supervisor"))
        {
            (await page.HtmlAsync("/Policies/Statistics")).ShouldContain(expected.Title);
            var export = await page.Client.GetAsync("/Policies/Statistics?groupBy=county&handler=Export");
            export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var sheet = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            sheet.ShouldContain(r => (string)r["政策或县市"] == county && Convert.ToDecimal(r["已支付金额（元）"], System.Globalization.CultureInfo.InvariantCulture) == 3000m);
        }
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "GrantStatistics" && e.EntityKey == "county"))).ShouldBe(1);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_ends_the_case()
    {
        var id = (await CaseAsync("qiye.demo2")).GetProperty("id").GetInt32();
        await (await PostAsync("qiye.demo2", $"{Mine}/{id}/decline", new { reason = " " })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var declined = await (await PostAsync("qiye.demo2", $"{Mine}/{id}/decline", new { reason = "本年度已享受同类扶持" })).ShouldBeJsonAsync();
        declined.GetProperty("status").GetString().ShouldBe("Declined");
        declined.GetProperty("reason").GetString().ShouldBe("本年度已享受同类扶持");
        await (await PostAsync("qiye.demo2", $"{Mine}/{id}/confirm", Account)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_with_409()
    {
        var demo = await app.InDatabaseAsync(db => db.UserClaims.Where(c => c.ClaimType == AppClaims.Uscc).Select(c => c.ClaimValue!).ToListAsync());
        var id = await app.InDatabaseAsync(db => db.Set<Grant>().Where(g => g.BenefitCode == "CFW-02" && g.Status == GrantStatus.Notified && !demo.Contains(g.Uscc))
            .Select(g => g.Id).FirstAsync());
        (await (await PostAsync("lead.market", $"{Grants}/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("grant.illegal-transition");
        await (await PostAsync("lead.market", $"{Grants}/{id}/reject", new { reason = "不符合" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await PostAsync("handler.market", $"{Grants}/{id}/payments", new { amount = 3000, voucherNumber = "PZ-ILLEGAL-1" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await PostAsync("handler.market", $"{Grants}/{id}/payments/1/paid")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_enterprise_sees_only_its_own_cases_and_departments_only_theirs()
    {
        var mine = await UsccOfAsync("qiye.demo2");
        var list = await GetAsync(app, $"{Mine}?pageSize=500", "qiye.demo2");
        list.GetProperty("items").EnumerateArray().ShouldAllBe(g => g.GetProperty("uscc").GetString() == mine);
        var other = (await CaseAsync("qiye.demo1", null, "")).GetProperty("id").GetInt32();
        using var demo2 = await app.ClientForAsync("qiye.demo2");
        await (await demo2.GetAsync($"{Mine}/{other}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await demo2.PostAsJsonAsync($"{Mine}/{other}/decline", new { reason = "不是我的" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await demo2.GetAsync(Grants)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var handler = await app.ClientForAsync("handler.market");
        (await handler.GetAsync(Mine)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var housing = await app.ClientForAsync("handler.housing");
        var market = await app.InDatabaseAsync(db => db.Set<Grant>().Where(g => g.BenefitCode == "CFW-02").Select(g => g.Id).FirstAsync());
        await (await housing.GetAsync($"{Grants}/{market}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await housing.GetAsync(Grants)).ShouldBeJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        using (var housingPage = await Admin.CookieSession.SignInAsync(app, "handler.housing"))
            (await ExportAsync(housingPage.Client)).ShouldBeEmpty();
        using (var marketPage = await Admin.CookieSession.SignInAsync(app, "handler.market"))
        {
            var rows = await ExportAsync(marketPage.Client);
            rows.ShouldContain(r => ((string)r["兑现事项"]).StartsWith("CFW-02", StringComparison.Ordinal));
            rows.Count.ShouldBe((await (await handler.GetAsync($"{Grants}?pageSize=500")).ShouldBeJsonAsync()).GetProperty("total").GetInt32());
        }
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "Grant" && e.Actor == "handler.market")))
            .ShouldBeGreaterThanOrEqualTo(1);

        static async Task<List<IDictionary<string, object>>> ExportAsync(HttpClient client)
        {
            var export = await client.GetAsync("/Policies/Grants?handler=Export");
            export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        }
        (await app.CreateClient().GetAsync(Mine)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Supplying_the_missing_data_makes_an_undetermined_case_eligible_and_the_department_reviews_it()
    {
        var waiting = await CaseAsync("qiye.test", "CFW-02", "AwaitingData");
        var id = waiting.GetProperty("id").GetInt32();
        var detail = await GetAsync(app, $"{Mine}/{id}", "qiye.test");
        detail.GetProperty("missingFields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ShouldBe(["abnormal"]);
        await (await PostAsync("qiye.test", $"{Mine}/{id}/confirm", Account)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var bad = await (await PostAsync("qiye.test", $"{Mine}/{id}/supplement", new { values = new { abnormal = "也许" } })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.GetProperty("errors").TryGetProperty("values.abnormal", out _).ShouldBeTrue(bad.ToString());
        await (await PostAsync("qiye.test", $"{Mine}/{id}/supplement", new { values = new { revenue = "5" } })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var supplied = await (await PostAsync("qiye.test", $"{Mine}/{id}/supplement", new { values = new { abnormal = "否" } })).ShouldBeJsonAsync();
        supplied.GetProperty("status").GetString().ShouldBe("Notified");
        supplied.GetProperty("amount").GetDecimal().ShouldBe(3000m);
        supplied.GetProperty("supplement").GetProperty("abnormal").GetString().ShouldBe("否");
        (await (await PostAsync("qiye.test", $"{Mine}/{id}/confirm", Account)).ShouldBeJsonAsync()).GetProperty("status").GetString().ShouldBe("Confirmed");
        var approved = await (await PostAsync("lead.market", $"{Grants}/{id}/approve")).ShouldBeJsonAsync();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("steps").EnumerateArray().Last().GetProperty("action").GetString().ShouldBe("部门审核补充数据并审批通过");
    }

    [Fact]
    public async Task Two_clerks_recording_a_payment_at_once_store_one_and_are_told_of_the_other()
    {
        var demo = await app.InDatabaseAsync(db => db.UserClaims.Where(c => c.ClaimType == AppClaims.Uscc).Select(c => c.ClaimValue!).ToListAsync());
        var id = await app.InDatabaseAsync(async db =>
        {
            var grant = await db.Set<Grant>().Where(g => g.BenefitCode == "CFW-02" && g.Status == GrantStatus.Notified && !demo.Contains(g.Uscc))
                .OrderByDescending(g => g.Id).FirstAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            grant.Confirm(new BankAccount("示范州农村商业银行", "测试账户", "6228480012345678901"), now, "test");
            grant.Approve(null, now, "test");
            await db.SaveChangesAsync();
            return grant.Id;
        });
        var bothRead = new Barrier(2);
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 2).Select(n => Task.Run(() => RecordAsync(n))));

        outcomes.Count(o => o is null).ShouldBe(1);
        outcomes.Count(o => o is DbUpdateConcurrencyException).ShouldBe(1);
        (await app.InDatabaseAsync(db => db.Set<GrantPayment>().CountAsync(p => p.GrantId == id))).ShouldBe(1);
        var steps = await GetAsync(app, $"{Grants}/{id}", "handler.market");
        steps.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("action").GetString()!.StartsWith("登记支付", StringComparison.Ordinal)).ShouldBe(1);

        async Task<Exception?> RecordAsync(int n)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var user = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, $"clerk{n}"), new Claim(ClaimTypes.Role, Roles.Supervisor)], "Test"));
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = user };
            var workflow = scope.ServiceProvider.GetRequiredService<GrantWorkflow>();
            var grant = (await workflow.ForStaffAsync(id, CancellationToken.None))!;
            bothRead.SignalAndWait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
            try
            {
                await workflow.RecordPaymentAsync(grant, 3000, $"PZ-RACE-{id}-{n}", new DateOnly(2026, 11, 27), CancellationToken.None);
                return null;
            }
            catch (DbUpdateConcurrencyException e)
            {
                return e;
            }
        }
    }

    [Fact]
    public async Task A_voucher_taken_by_another_case_while_this_one_records_it_is_409_not_500()
    {
        var demo = await app.InDatabaseAsync(db => db.UserClaims.Where(c => c.ClaimType == AppClaims.Uscc).Select(c => c.ClaimValue!).ToListAsync());
        var ids = await app.InDatabaseAsync(async db =>
        {
            var grants = await db.Set<Grant>().Where(g => g.BenefitCode == "CFW-02" && g.Status == GrantStatus.Notified && !demo.Contains(g.Uscc))
                .OrderBy(g => g.Id).Take(2).ToListAsync();
            foreach (var grant in grants)
            {
                grant.Confirm(new BankAccount("示范州农村商业银行", "测试账户", "6228480012345678901"), app.Clock.GetUtcNow().UtcDateTime, "test");
                grant.Approve(null, app.Clock.GetUtcNow().UtcDateTime, "test");
            }
            await db.SaveChangesAsync();
            return grants.Select(g => g.Id).ToList();
        });
        var voucher = $"PZ-TAKEN-{ids[0]}";

        // The other case's payment is written but not committed: this request's check cannot see it, and its insert
        // waits on the unique index (PostgreSQL) or the write lock (SQLite) until the other commits.
        var response = await app.RaceAsync(async db =>
            {
                var other = await db.Set<Grant>().IgnoreQueryFilters().Include(g => g.Payments).SingleAsync(g => g.Id == ids[1]);
                other.RecordPayment(3000, voucher, new DateOnly(2026, 11, 27), app.Clock.GetUtcNow().UtcDateTime, "test");
            },
            () => PostAsync("handler.market", $"{Grants}/{ids[0]}/payments", new { amount = 3000, voucherNumber = voucher, date = "2026-11-27" }));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("payment.voucher-taken");
        (await app.InDatabaseAsync(db => db.Set<GrantPayment>().Where(p => p.VoucherNumber == voucher).Select(p => p.GrantId).ToListAsync())).ShouldBe([ids[1]]);
        (await GetAsync(app, $"{Grants}/{ids[0]}", "handler.market")).GetProperty("payments").GetArrayLength().ShouldBe(0);
        using var page = await Admin.CookieSession.SignInAsync(app, "handler.market");
        var html = await Admin.CookieSession.HtmlOf(await page.PostFormAsync($"/Policies/Grants/{ids[0]}", ("Act", "pay"), ("Amount", "2999.5"), ("Voucher", voucher), ("Date", "2026-11-26")));
        html.ShouldContain($"凭证号 {voucher} 已被使用");
        html.ShouldContain($"value=\"{voucher}\"");
        html.ShouldContain("value=\"2999.5\"");
        html.ShouldContain("value=\"2026-11-26\"");
    }

    [Fact]
    public async Task The_enterprise_page_keeps_what_was_typed_and_after_a_lost_race_shows_the_case_as_stored()
    {
        var demo = await app.InDatabaseAsync(db => db.UserClaims.Where(c => c.ClaimType == AppClaims.Uscc).Select(c => c.ClaimValue!).ToListAsync());
        var picked = await app.InDatabaseAsync(db => db.Set<Grant>().Where(g => g.BenefitCode == "CFW-02" && g.Status == GrantStatus.Notified && !demo.Contains(g.Uscc))
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.Uscc }).FirstAsync());
        var (id, uscc) = (picked.Id, picked.Uscc);
        await using (var users = app.Services.CreateAsyncScope())
        {
            var manager = users.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = $"qiye.page{id}", DisplayName = "页面测试企业" };
            (await manager.CreateAsync(user, AppFactory.Password)).Succeeded.ShouldBeTrue();
            await manager.AddToRoleAsync(user, Roles.Enterprise);
            await manager.AddClaimAsync(user, new Claim(AppClaims.Uscc, uscc));
        }
        using var page = await Admin.CookieSession.SignInAsync(app, $"qiye.page{id}");
        var path = $"/Policies/MyBenefits/{id}";

        var invalid = await Admin.CookieSession.HtmlOf(await page.PostFormAsync(path,
            ("Act", "confirm"), ("BankName", "示范州农村商业银行"), ("AccountName", "某某经营部"), ("AccountNumber", "12ab")));
        invalid.ShouldContain("value=\"示范州农村商业银行\"");
        invalid.ShouldContain("value=\"某某经营部\"");

        // The same case declined in another window, saved but not yet committed while this confirmation is posted.
        var response = await app.RaceAsync(async db =>
            {
                var other = await db.Set<Grant>().IgnoreQueryFilters().Include(g => g.Steps).SingleAsync(g => g.Id == id);
                other.Decline("另一窗口已放弃", app.Clock.GetUtcNow().UtcDateTime, "test");
            },
            () => page.PostFormAsync(path, ("Act", "confirm"), ("BankName", "示范州农村商业银行"), ("AccountName", "某某经营部"), ("AccountNumber", "6228480012345678901")));
        var html = await Admin.CookieSession.HtmlOf(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("已被他人修改");
        html.ShouldContain("企业已放弃");
        html.ShouldNotContain("待部门审批");
        (await app.InDatabaseAsync(db => db.Set<Grant>().IgnoreQueryFilters().Where(g => g.Id == id).Select(g => g.Status).SingleAsync())).ShouldBe(GrantStatus.Declined);
    }
}

public sealed class GrantFlowTests_Sqlite(SqliteAppFactory app) : GrantFlowTests<SqliteAppFactory>(app);

public sealed class GrantFlowTests_Postgres(PostgresAppFactory app) : GrantFlowTests<PostgresAppFactory>(app);
