using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Security;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>
/// The enterprise intake channel: 企业用户 qiye.demo1/qiye.demo2 submit and read only their own appeals; the demo 首席服务员
/// handler.market (seeded for the enterprises of qiye.demo1–3) files 联企走访 appeals; others are refused.
/// </summary>
public abstract class EnterpriseChannelTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private Task<string> UsccOfAsync(string user) => app.InDatabaseAsync(db =>
        (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId where u.UserName == user && c.ClaimType == AppClaims.Uscc select c.ClaimValue!).SingleAsync());

    private static Dictionary<string, object?> EnterpriseBody(string content = "企业申请的贷款贴息迟迟未到账，请协调。") => new()
    {
        ["content"] = content, ["type"] = "求助", ["urgency"] = "一般", ["category"] = "融资贷款",
        ["requester"] = new Dictionary<string, object?> { ["phone"] = "13987654321" },
    };

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Enterprise_user_submits_on_the_enterprise_channel_and_lists_only_its_own_appeals()
    {
        var uscc = await UsccOfAsync("qiye.demo1");
        using var qiye = await app.ClientForAsync("qiye.demo1");
        var created = await (await AppealApi.PostAsync(qiye, EnterpriseBody())).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("channel").GetString().ShouldBe("enterprise");
        created.GetProperty("enterprise").GetProperty("uscc").GetString().ShouldBe(uscc);
        created.GetProperty("county").GetString().ShouldNotBeNullOrEmpty(); // from the register when the body has none
        var id = created.GetProperty("id").GetInt32();

        using var other = await app.ClientForAsync("qiye.demo2");
        var theirs = await (await AppealApi.PostAsync(other, EnterpriseBody("园区停电频繁，影响生产。"))).ShouldBeJsonAsync(HttpStatusCode.Created);

        var mine = await (await qiye.GetAsync("/api/v1/appeals/mine?pageSize=500")).ShouldBeJsonAsync();
        var ids = mine.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();
        ids.ShouldContain(id);
        ids.ShouldNotContain(theirs.GetProperty("id").GetInt32());
        (await (await qiye.GetAsync($"/api/v1/appeals/mine/{id}")).ShouldBeJsonAsync()).GetProperty("status").GetString().ShouldBe("received");
        (await qiye.GetAsync($"/api/v1/appeals/mine/{theirs.GetProperty("id").GetInt32()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await qiye.GetAsync($"/api/v1/appeals/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Enterprise_appeal_flows_through_the_normal_lifecycle_and_the_enterprise_sees_the_reply()
    {
        using var qiye = await app.ClientForAsync("qiye.demo2");
        var id = (await (await AppealApi.PostAsync(qiye, EnterpriseBody("请问企业变更经营范围如何网上办理？"))).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        using var op = await app.ClientForAsync("operator");
        await AppealApi.OkStepAsync(op, id, "dispatch", new { department = "market" });
        using var handler = await app.ClientForAsync("handler.market");
        await AppealApi.OkStepAsync(handler, id, "sign");
        await AppealApi.OkStepAsync(handler, id, "contact", new { note = "已电话联系企业" });
        await AppealApi.OkStepAsync(handler, id, "reply", new { content = "可通过政务服务网“企业变更登记”办理。" });
        var seen = await (await qiye.GetAsync($"/api/v1/appeals/mine/{id}")).ShouldBeJsonAsync();
        seen.GetProperty("status").GetString().ShouldBe("replied");
        seen.GetProperty("reply").GetString()!.ShouldContain("政务服务网");
        seen.GetProperty("deadlines").GetProperty("close").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task Enterprise_user_cannot_use_another_channel_or_another_enterprises_uscc()
    {
        using var qiye = await app.ClientForAsync("qiye.demo1");
        var visit = EnterpriseBody();
        visit["channel"] = "visit";
        visit["uscc"] = await UsccOfAsync("qiye.demo1");
        (await (await AppealApi.PostAsync(qiye, visit)).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("企业渠道");
        var phone = EnterpriseBody();
        phone["channel"] = "phone";
        await (await AppealApi.PostAsync(qiye, phone)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var foreign = EnterpriseBody();
        foreign["uscc"] = await UsccOfAsync("qiye.demo2");
        await AssertFieldAsync(await AppealApi.PostAsync(qiye, foreign), "uscc");
    }

    [Fact]
    public async Task Staff_cannot_use_the_enterprise_channel_and_a_visit_needs_a_known_uscc()
    {
        using var op = await app.ClientForAsync("operator");
        var body = AppealApi.Body();
        body["channel"] = "enterprise";
        await (await AppealApi.PostAsync(op, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var officer = await app.ClientForAsync("handler.market");
        body["channel"] = "visit";
        await AssertFieldAsync(await AppealApi.PostAsync(officer, body), "uscc");
        // The enterprise is named with the other fields' errors, not alone.
        ((Dictionary<string, object?>)body["requester"]!)["phone"] = "12345";
        var both = await (await AppealApi.PostAsync(officer, body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        both.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["uscc", "requester.phone"], ignoreOrder: true);
        ((Dictionary<string, object?>)body["requester"]!)["phone"] = "13812345678";
        body["uscc"] = "91530100MA6K000000";
        await AssertFieldAsync(await AppealApi.PostAsync(officer, body), "uscc");
        body["channel"] = "phone";
        body.Remove("uscc");
        await (await AppealApi.PostAsync(officer, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_the_chief_officer_files_visit_appeals_for_his_enterprise()
    {
        var uscc = await UsccOfAsync("qiye.demo1");
        var body = AppealApi.Body("求助", "走访中企业反映用工缺口较大。");
        body["channel"] = "visit";
        body["uscc"] = uscc;
        using var housing = await app.ClientForAsync("handler.housing");
        (await (await AppealApi.PostAsync(housing, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("首席服务员");
        using var officer = await app.ClientForAsync("handler.market");
        var created = await (await AppealApi.PostAsync(officer, body)).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("channel").GetString().ShouldBe("visit");
        created.GetProperty("enterprise").GetProperty("uscc").GetString().ShouldBe(uscc);
        using var qiye = await app.ClientForAsync("qiye.demo1");
        (await qiye.GetAsync($"/api/v1/appeals/mine/{created.GetProperty("id").GetInt32()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Officer_records_a_visit_whose_issue_becomes_a_linked_visit_appeal_shown_on_the_profile()
    {
        var uscc = await UsccOfAsync("qiye.demo2");
        using var officer = await app.ClientForAsync("handler.market");
        var visit = new
        {
            visitDate = "2026-11-25", participants = "首席服务员、企业总经理", summary = "了解生产经营情况。", contactName = "李经理", contactPhone = "13900001111",
            issues = new object[] { new { content = "厂区门口路灯损坏多日。", submitAsAppeal = true, type = "求助" }, new { content = "希望了解研发费用加计扣除政策。" } },
        };
        var created = await (await officer.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", visit)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var issues = created.GetProperty("issues");
        issues.GetArrayLength().ShouldBe(2);
        var appealId = issues[0].GetProperty("appealId").GetInt32();
        issues[1].GetProperty("appealId").ValueKind.ShouldBe(JsonValueKind.Null);
        var appeal = await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().SingleAsync(a => a.Id == appealId));
        appeal.Channel.ShouldBe(Yingshang.Web.Features.Appeals.AppealChannel.Visit);
        appeal.EnterpriseUscc.ShouldBe(uscc);
        appeal.RequesterName.ShouldBe("李经理");
        var received = await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().Where(a => a.Id == appealId).SelectMany(a => a.Events)
            .Where(e => e.Action == Yingshang.Web.Features.Appeals.AppealAction.Receive).Select(e => new { e.Actor, e.ActorName }).SingleAsync());
        (received.Actor, received.ActorName).ShouldBe(("handler.market", "李承办"));

        var mine = await (await officer.GetAsync("/api/v1/enterprises/visits/mine?pageSize=500")).ShouldBeJsonAsync();
        mine.GetProperty("items").EnumerateArray().ShouldContain(v => v.GetProperty("id").GetInt32() == created.GetProperty("id").GetInt32());
        using var supervisor = await CookieSession.SignInAsync(app, "supervisor");
        var page = await supervisor.HtmlAsync($"/Enterprises/{uscc}");
        page.ShouldContain("首席服务员与联企走访");
        page.ShouldContain("厂区门口路灯损坏多日。");
        page.ShouldContain(appeal.Number);
        page.ShouldContain("企业诉求");
    }

    [Fact]
    public async Task A_visit_sent_twice_under_one_key_is_recorded_once_with_its_appeal_filed_once()
    {
        var uscc = await UsccOfAsync("qiye.demo2");
        using var officer = await app.ClientForAsync("handler.market");
        var visit = new
        {
            visitDate = "2026-11-26", participants = "首席服务员", summary = "重复提交的走访。", contactPhone = "13900004444",
            issues = new object[] { new { content = "重复提交的问题：园区道路积水。", submitAsAppeal = true, type = "求助" } },
        };
        async Task<HttpResponseMessage> PostAsync(string key, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/enterprises/{uscc}/visits") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await officer.SendAsync(request);
        }
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostAsync("visit-key-1", visit))));
        var ids = new List<int>();
        foreach (var response in responses) ids.Add((await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        ids.Distinct().Count().ShouldBe(1);
        responses.Count(r => r.Headers.Contains("Idempotent-Replayed")).ShouldBe(3);
        (await app.InDatabaseAsync(db => db.EnterpriseVisits.CountAsync(v => v.Summary == "重复提交的走访。"))).ShouldBe(1);
        (await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().CountAsync(a => a.Content == "重复提交的问题：园区道路积水。"))).ShouldBe(1);

        var reused = await (await PostAsync("visit-key-1", visit with { summary = "另一次走访。" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        reused.GetProperty("code").GetString().ShouldBe("idempotency-key-reused");
        // What is not stored on the visit counts too: another requester phone, or the issue not filed as an appeal.
        (await (await PostAsync("visit-key-1", visit with { contactPhone = "13900005555" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("idempotency-key-reused");
        var notFiled = visit with { issues = new object[] { new { content = "重复提交的问题：园区道路积水。", submitAsAppeal = false, type = "求助" } } };
        (await (await PostAsync("visit-key-1", notFiled)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("idempotency-key-reused");

        // A key belongs to its officer: another officer's visit under the same key is its own.
        var otherUscc = await app.InDatabaseAsync(db => db.Enterprises.Where(e => !db.ServiceOfficers.Any(o => o.Uscc == e.Uscc))
            .OrderBy(e => e.Name).Select(e => e.Uscc).FirstAsync());
        using (var supervisor = await app.ClientForAsync("supervisor"))
            await (await supervisor.PutAsJsonAsync($"/api/v1/enterprises/{otherUscc}/officer", new { userName = "handler.housing" })).ShouldBeJsonAsync();
        using (var housing = await app.ClientForAsync("handler.housing"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/enterprises/{otherUscc}/visits")
                { Content = JsonContent.Create(new { visitDate = "2026-11-26", participants = "首席服务员", summary = "另一位服务员的走访。" }) };
            request.Headers.Add("Idempotency-Key", "visit-key-1");
            var own = await (await housing.SendAsync(request)).ShouldBeJsonAsync(HttpStatusCode.Created);
            own.GetProperty("id").GetInt32().ShouldNotBe(ids[0]);
        }
        await (await PostAsync(new string('k', 101), visit)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await PostAsync("visit-key-2", visit)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await app.InDatabaseAsync(db => db.EnterpriseVisits.CountAsync(v => v.Uscc == uscc && v.Summary == "重复提交的走访。"))).ShouldBe(2);

        // The same submission stored by another request between this one's check and its save (held open so that the
        // order is certain): the unique index refuses this one, which answers the other's visit and files no appeal.
        var first = await app.InDatabaseAsync(db => db.EnterpriseVisits.FirstAsync(v => v.Id == ids[0]));
        var other = Yingshang.Web.Features.Enterprises.Visits.EnterpriseVisit.Record(first.Uscc, first.EnterpriseName, first.OfficerUserName,
            first.OfficerName, first.VisitDate, first.VisitDate, first.Participants, first.Summary, first.ContactName,
            first.Issues.Select(i => i.Content), ("visit-key-3", first.SubmissionHash!));
        var replayed = await app.RaceAsync(db => Task.FromResult(db.EnterpriseVisits.Add(other)), () => PostAsync("visit-key-3", visit));
        (await replayed.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32().ShouldBe(other.Id);
        replayed.Headers.Contains("Idempotent-Replayed").ShouldBeTrue();
        (await app.InDatabaseAsync(db => db.EnterpriseVisits.CountAsync(v => v.Uscc == uscc && v.Summary == "重复提交的走访。"))).ShouldBe(3);
        (await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().CountAsync(a => a.Content == "重复提交的问题：园区道路积水。"))).ShouldBe(2);
    }

    [Fact]
    public async Task Visit_is_refused_to_a_non_officer_and_for_a_future_date()
    {
        var uscc = await UsccOfAsync("qiye.demo1");
        var visit = new { visitDate = "2026-11-26", participants = "服务员", summary = "走访。" };
        using var housing = await app.ClientForAsync("handler.housing");
        await (await housing.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", visit)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var officer = await app.ClientForAsync("handler.market");
        await AssertFieldAsync(await officer.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", visit with { visitDate = "2026-11-28" }), "visitDate");
        await AssertFieldAsync(await officer.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", visit with { summary = "" }), "summary");
        var withIssue = new { visitDate = "2026-11-26", participants = "服务员", summary = "走访。", issues = new[] { new { content = "问题", submitAsAppeal = true } } };
        await AssertFieldAsync(await officer.PostAsJsonAsync($"/api/v1/enterprises/{uscc}/visits", withIssue), "contactPhone");
    }

    [Fact]
    public async Task Supervisor_assigns_a_staff_officer_keeping_history_and_the_officer_sees_his_enterprises()
    {
        var uscc = await app.InDatabaseAsync(db => db.Enterprises.Where(e => !db.ServiceOfficers.Any(o => o.Uscc == e.Uscc))
            .OrderByDescending(e => e.Uscc).Select(e => e.Uscc).FirstAsync());
        using var supervisor = await app.ClientForAsync("supervisor");
        await AssertFieldAsync(await supervisor.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "qiye.demo1" }), "userName");
        await (await supervisor.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "handler.housing" })).ShouldBeJsonAsync();
        var body = await (await supervisor.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "lead.market", note = "调整分工" })).ShouldBeJsonAsync();
        body.GetProperty("current").GetProperty("userName").GetString().ShouldBe("lead.market");
        body.GetProperty("history").GetArrayLength().ShouldBe(2);
        body.GetProperty("history")[1].GetProperty("to").GetString().ShouldNotBeNull();

        using var handler = await app.ClientForAsync("handler.market");
        (await handler.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "handler.market" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var lead = await app.ClientForAsync("lead.market");
        var served = await (await lead.GetAsync("/api/v1/enterprises/served")).ShouldBeJsonAsync();
        served.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("uscc").GetString()).ShouldContain(uscc);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.EntityType.Contains("ServiceOfficer")))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Two_first_assignments_at_once_leave_one_current_officer_and_the_other_request_is_told()
    {
        var usccs = await app.InDatabaseAsync(db => db.Enterprises.Where(e => !db.ServiceOfficers.Any(o => o.Uscc == e.Uscc))
            .OrderBy(e => e.Uscc).Select(e => e.Uscc).Take(6).ToListAsync());
        using var supervisor = await app.ClientForAsync("supervisor");
        using var admin = await app.ClientForAsync("admin");
        foreach (var uscc in usccs)
        {
            var responses = await Task.WhenAll(
                Task.Run(() => supervisor.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "handler.housing" })),
                Task.Run(() => admin.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "lead.market" })));
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
                (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("concurrency");
            (await app.InDatabaseAsync(db => db.ServiceOfficers.CountAsync(o => o.Uscc == uscc && o.To == null))).ShouldBe(1);
        }

        // A first assignment stored between this request's read and its save (held open so that the order is certain):
        // the API answers 409 and the page a form error with the latest terms.
        foreach (var (uscc, viaPage) in new[] { (usccs[^2], false), (usccs[^1], true) })
        {
            await app.InDatabaseAsync(db => db.ServiceOfficers.Where(o => o.Uscc == uscc).ExecuteDeleteAsync());
            using var page = viaPage ? await Admin.CookieSession.SignInAsync(app, "supervisor") : null;
            var assign = await app.RaceAsync(
                db => Task.FromResult(db.ServiceOfficers.Add(Yingshang.Web.Features.Enterprises.Service.ServiceOfficerAssignment.Start(uscc, "handler.market", "市场监管局办理员", DateTime.UtcNow, null))),
                () => viaPage
                    ? page!.PostFormAsync($"/Enterprises/{uscc}/Officer", ("UserName", "lead.market"))
                    : supervisor.PutAsJsonAsync($"/api/v1/enterprises/{uscc}/officer", new { userName = "lead.market" }));
            if (viaPage)
            {
                var html = await Admin.CookieSession.HtmlOf(assign);
                html.ShouldContain("已由他人指定");
                html.ShouldContain("市场监管局办理员");
            }
            else (await assign.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("concurrency");
            (await app.InDatabaseAsync(db => db.ServiceOfficers.Where(o => o.Uscc == uscc).Select(o => o.OfficerUserName).ToListAsync())).ShouldBe(["handler.market"]);
        }

        // The database itself keeps one current term, whatever writes it.
        var taken = usccs[0];
        await Should.ThrowAsync<DbUpdateException>(() => app.InDatabaseAsync(db =>
        {
            db.ServiceOfficers.Add(Yingshang.Web.Features.Enterprises.Service.ServiceOfficerAssignment.Start(taken, "handler.market", "市场监管局办理员", DateTime.UtcNow, null));
            return db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Officer_records_a_visit_on_the_page_and_a_non_officer_is_refused_the_form()
    {
        var uscc = await UsccOfAsync("qiye.demo1");
        using var housing = await CookieSession.SignInAsync(app, "handler.housing");
        var refused = await housing.Client.GetAsync($"/Enterprises/Visits/Record?uscc={uscc}");
        (refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("AccessDenied") == true).ShouldBeTrue();

        using var officer = await CookieSession.SignInAsync(app, "handler.market");
        var page = $"/Enterprises/Visits/Record?uscc={uscc}";
        var bad = await officer.PostFormAsync(page, ("VisitDate", "2026-12-01"), ("Participants", "服务员"), ("Summary", "走访"));
        (await CookieSession.HtmlOf(bad)).ShouldContain("走访日期不能晚于今天");
        var done = await officer.PostFormAsync(page, ("VisitDate", "2026-11-27"), ("Participants", "首席服务员、企业负责人"), ("Summary", "页面登记的走访"),
            ("ContactPhone", "13900003333"), ("Issues[0].Content", "页面登记的问题：消防验收排队时间长。"), ("Issues[0].Submit", "true"), ("Issues[0].Type", "求助"));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().CountAsync(a => a.EnterpriseUscc == uscc
            && a.Content == "页面登记的问题：消防验收排队时间长。" && a.Channel == Yingshang.Web.Features.Appeals.AppealChannel.Visit))).ShouldBe(1);

        // The same opened form submitted twice (a double click): the second records nothing and says so.
        var form = await officer.HtmlAsync(page);
        var key = System.Text.RegularExpressions.Regex.Match(form, "name=\"SubmissionKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        key.ShouldNotBeEmpty();
        (string, string)[] twice = [("VisitDate", "2026-11-27"), ("Participants", "首席服务员"), ("Summary", "双击提交的走访"), ("SubmissionKey", key)];
        (await officer.PostFormAsync(page, twice)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await officer.PostFormAsync(page, twice);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.HtmlAsync(again.Headers.Location!.OriginalString)).ShouldContain("该走访已登记（重复提交，未再次保存）");
        (await app.InDatabaseAsync(db => db.EnterpriseVisits.CountAsync(v => v.Summary == "双击提交的走访"))).ShouldBe(1);
        (await officer.HtmlAsync("/Enterprises/Visits")).ShouldContain("页面登记的走访");
        var export = await officer.Client.GetAsync("/Enterprises/Visits?handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldContain(r => (string)r["走访情况"] == "页面登记的走访" && ((string)r["收集的问题"]).Contains("消防验收排队时间长"));
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "EnterpriseVisit" && e.Actor == "handler.market")))
            .ShouldBe(1);

        var served = await officer.Client.GetAsync($"/Enterprises/Served?q={uscc}&handler=Export");
        var servedRow = MiniExcelLibs.MiniExcel.Query(await served.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ShouldHaveSingleItem();
        servedRow["统一社会信用代码"].ShouldBe(uscc);
        servedRow["最近走访"].ShouldBe("2026-11-27");
        Convert.ToInt32(servedRow["走访次数"], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityType == "Enterprise" && e.EntityKey == "served")))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Enterprise_user_submits_on_the_page_and_sees_it_in_my_appeals()
    {
        using var qiye = await CookieSession.SignInAsync(app, "qiye.demo2");
        var form = await qiye.HtmlAsync("/Appeals/Mine/Submit");
        form.ShouldContain("提交企业诉求");
        var bad = await qiye.PostFormAsync("/Appeals/Mine/Submit", ("Type", "求助"), ("Text", ""), ("ContactPhone", "13900002222"));
        (await CookieSession.HtmlOf(bad)).ShouldContain("请填写诉求内容");
        var done = await qiye.PostFormAsync("/Appeals/Mine/Submit", ("Type", "咨询"), ("Text", "请问小微企业社保补贴如何申请？"), ("ContactPhone", "13900002222"));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await qiye.HtmlAsync(done.Headers.Location!.OriginalString)).ShouldContain("请问小微企业社保补贴如何申请？");
        (await qiye.HtmlAsync("/Appeals/Mine")).ShouldContain("请问小微企业社保补贴如何申请？");

        var export = await qiye.Client.GetAsync("/Appeals/Mine?handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var mine = rows.Where(r => (string)r["内容摘要"] == "请问小微企业社保补贴如何申请？").ShouldHaveSingleItem();
        mine["类型"].ShouldBe("咨询");
        using (var other = await CookieSession.SignInAsync(app, "qiye.demo1"))
            (await other.PostFormAsync("/Appeals/Mine/Submit", ("Type", "求助"), ("Text", "另一家企业的诉求，不应出现在 demo2 的导出中。"), ("ContactPhone", "13900001111")))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        export = await qiye.Client.GetAsync("/Appeals/Mine?handler=Export");
        rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldNotContain(r => ((string)r["内容摘要"]).Contains("另一家企业的诉求"));
        var uscc = await UsccOfAsync("qiye.demo2");
        rows.Count.ShouldBe(await app.InDatabaseAsync(db => db.Appeals.IgnoreQueryFilters().CountAsync(a => a.EnterpriseUscc == uscc)));
        (await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "export" && e.EntityKey == "mine" && e.Actor == "qiye.demo2"))).ShouldBe(2);
    }
}

public sealed class EnterpriseChannelTests_Sqlite(SqliteAppFactory app) : EnterpriseChannelTests<SqliteAppFactory>(app);
public sealed class EnterpriseChannelTests_Postgres(PostgresAppFactory app) : EnterpriseChannelTests<PostgresAppFactory>(app);
