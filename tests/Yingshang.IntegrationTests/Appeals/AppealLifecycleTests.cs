using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

public abstract class AppealLifecycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_call_goes_through_dispatch_handling_review_visit_and_reopening_to_a_satisfied_visit()
    {
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        var id = await SubmitAsync(op);

        var dispatched = await OkStepAsync(op, id, "dispatch", new { department = "market", coDepartments = new[] { "housing" } });
        dispatched.GetProperty("status").GetString().ShouldBe("dispatched");
        dispatched.GetProperty("department").GetProperty("code").GetString().ShouldBe("market");
        dispatched.GetProperty("coDepartments")[0].GetProperty("code").GetString().ShouldBe("housing");
        dispatched.GetProperty("deadlines").GetProperty("close").GetString().ShouldEndWith("T23:59:59+08:00");

        (await GetAsync(handler, id)).GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["sign", "return"]);
        (await OkStepAsync(handler, id, "sign")).GetProperty("status").GetString().ShouldBe("signed");
        (await OkStepAsync(handler, id, "contact", new { note = "已电话联系诉求人，约定明日上门" })).GetProperty("status").GetString().ShouldBe("contacted");
        (await OkStepAsync(handler, id, "reply", new { content = "已责令商户整改，恢复通行" })).GetProperty("status").GetString().ShouldBe("replied");
        (await OkStepAsync(op, id, "close")).GetProperty("status").GetString().ShouldBe("closed");
        var visited = await OkStepAsync(op, id, "visit", new { resolved = false, satisfaction = 2 });
        visited.GetProperty("status").GetString().ShouldBe("visited");
        visited.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldContain("reopen");

        var reopened = await OkStepAsync(op, id, "reopen", new { reason = "商户仍在占道" });
        reopened.GetProperty("status").GetString().ShouldBe("reopened");
        reopened.GetProperty("reopenCount").GetInt32().ShouldBe(1);
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "再次联系" });
        await OkStepAsync(handler, id, "reply", new { content = "已依法查处" });
        await OkStepAsync(op, id, "close");
        var done = await OkStepAsync(op, id, "visit", new { resolved = true, satisfaction = 5 });
        done.GetProperty("visit").GetProperty("satisfaction").GetInt32().ShouldBe(5);
        done.GetProperty("actions").GetArrayLength().ShouldBe(0);
        (await (await StepAsync(op, id, "reopen", new { reason = "再办一次" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString().ShouldBe("回访结果为已解决、满意度 5 分，不能重办（未解决或满意度 1–2 分时才能重办）");
        var history = done.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        history.ShouldBe(["receive", "dispatch", "sign", "contact", "reply", "close", "visit", "reopen", "sign", "contact", "reply", "close", "visit"]);
        done.GetProperty("history")[2].GetProperty("actor").GetString().ShouldBe("handler.market");

        var audited = await app.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Appeal" && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        audited.ShouldBe(13);
    }

    [Fact]
    public async Task An_unreachable_visit_is_retried_not_reopened_and_the_refusal_says_so()
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op);
        await PublicAppealApi.CloseAsync(app, id);
        await OkStepAsync(op, id, "visit", new { unreachable = true });
        (await (await StepAsync(op, id, "reopen", new { reason = "联系不上" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString().ShouldBe("回访未能联系上诉求人，不能重办；请再次回访");
    }

    [Fact]
    public async Task Illegal_transitions_are_409_with_a_chinese_message()
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op);
        var problem = await (await StepAsync(supervisor, id, "sign")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("appeal-sign-refused");
        problem.GetProperty("detail").GetString().ShouldBe("诉求当前状态为“待派单”，不能签收");
        await (await StepAsync(op, id, "close")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await StepAsync(op, id, "answer", new { content = "投诉不能直接答复" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await OkStepAsync(op, id, "dispatch", new { department = "market", coDepartments = Array.Empty<string>() });
        await (await StepAsync(op, id, "dispatch", new { department = "housing" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await StepAsync(supervisor, id, "resume")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await StepAsync(supervisor, id, "extend/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Wrong_roles_get_403_and_bad_input_422()
    {
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        var id = await SubmitAsync(op);
        (await StepAsync(op, id, "dispatch", new { department = "no-such-department" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        await (await StepAsync(op, id, "sign")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await StepAsync(handler, id, "pause")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await OkStepAsync(handler, id, "sign");
        (await StepAsync(handler, id, "contact", new { note = "" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_consultation_is_answered_directly_by_the_operator()
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op, type: "咨询", content: "个体户如何办理营业执照？");
        var answered = await OkStepAsync(op, id, "answer", new { content = "可在政务服务网或市民中心办理" });
        answered.GetProperty("status").GetString().ShouldBe("answered");
        answered.GetProperty("reply").GetString().ShouldBe("可在政务服务网或市民中心办理");
    }

    [Fact]
    public async Task An_approved_return_goes_back_to_dispatch_and_leaves_the_department()
    {
        using var handler = await app.ClientForAsync("handler.market");
        using var lead = await app.ClientForAsync("lead.market");
        using var op = await app.ClientForAsync("operator");
        var id = await DispatchedAsync(app);
        (await OkStepAsync(handler, id, "return", new { reason = "属于住建部门职责" })).GetProperty("status").GetString().ShouldBe("returned");
        await (await StepAsync(handler, id, "return/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var approved = await OkStepAsync(lead, id, "return/approve", new { note = "同意" });
        approved.GetProperty("status").GetString().ShouldBe("received");
        approved.GetProperty("returnCount").GetInt32().ShouldBe(1);
        await (await handler.GetAsync($"/api/v1/appeals/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await OkStepAsync(op, id, "dispatch", new { department = "housing" })).GetProperty("department").GetProperty("code").GetString().ShouldBe("housing");
    }

    [Fact]
    public async Task A_rejected_return_stays_with_the_department()
    {
        using var handler = await app.ClientForAsync("handler.market");
        using var lead = await app.ClientForAsync("lead.market");
        var id = await DispatchedAsync(app);
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "return", new { reason = "不属于本部门" });
        (await OkStepAsync(lead, id, "return/reject", new { note = "属于本部门职责" })).GetProperty("status").GetString().ShouldBe("signed");
    }

    [Fact]
    public async Task The_lead_approves_one_extension_which_moves_the_close_deadline()
    {
        using var handler = await app.ClientForAsync("handler.market");
        using var lead = await app.ClientForAsync("lead.market");
        var id = await DispatchedAsync(app);
        var before = (await OkStepAsync(handler, id, "sign")).GetProperty("deadlines").GetProperty("close").GetString();
        (await StepAsync(handler, id, "extend", new { workingDays = 11, reason = "检测" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await OkStepAsync(handler, id, "extend", new { workingDays = 3, reason = "需第三方检测" });
        await (await StepAsync(handler, id, "extend/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var after = await OkStepAsync(lead, id, "extend/approve");
        after.GetProperty("extension").GetProperty("state").GetString().ShouldBe("approved");
        // 10 WD from Fri 27 Nov → Fri 11 Dec; 3 more → Wed 16 Dec.
        before.ShouldBe("2026-12-11T23:59:59+08:00");
        after.GetProperty("deadlines").GetProperty("close").GetString().ShouldBe("2026-12-16T23:59:59+08:00");
        await (await StepAsync(handler, id, "extend", new { workingDays = 1, reason = "再延" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_extension_still_pending_when_the_handler_replies_lapses_and_says_so()
    {
        using var handler = await app.ClientForAsync("handler.market");
        using var lead = await app.ClientForAsync("lead.market");
        var id = await DispatchedAsync(app);
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "已电话联系" });
        (await OkStepAsync(handler, id, "extend", new { workingDays = 5, reason = "需要送检" })).GetProperty("extension").GetProperty("state").GetString().ShouldBe("pending");
        var replied = await OkStepAsync(handler, id, "reply", new { content = "已处理完毕" });
        replied.GetProperty("extension").ValueKind.ShouldBe(JsonValueKind.Null);
        replied.GetProperty("history").EnumerateArray().Last().GetProperty("detail").GetString().ShouldBe("待审批的延期申请随答复失效");
        var pending = await (await lead.GetAsync("/api/v1/appeals?extension=pending&pageSize=500")).ShouldBeJsonAsync();
        pending.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldNotContain(id);
        await (await StepAsync(lead, id, "extend/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Pause_and_resume_are_for_the_supervisor()
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        var id = await DispatchedAsync(app);
        var paused = await OkStepAsync(supervisor, id, "pause", new { reason = "需司法鉴定" });
        paused.GetProperty("status").GetString().ShouldBe("paused");
        paused.GetProperty("paused").GetBoolean().ShouldBeTrue();
        (await OkStepAsync(supervisor, id, "resume")).GetProperty("status").GetString().ShouldBe("dispatched");
    }

    [Fact]
    public async Task A_merged_duplicate_follows_the_survivor_and_shows_its_reply()
    {
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        var survivor = await DispatchedAsync(app);
        var duplicate = await SubmitAsync(op);
        using (var loneSurrogate = new StringContent("{\"into\":\"\\ud800\"}", System.Text.Encoding.UTF8, "application/json"))
            (await (await op.PostAsync($"/api/v1/appeals/{duplicate}/merge", loneSurrogate)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
                .GetProperty("errors").TryGetProperty("into", out _).ShouldBeTrue();
        var merged = await OkStepAsync(op, duplicate, "merge", new { into = survivor.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        (await GetAsync(op, survivor)).GetProperty("merged")[0].GetProperty("id").GetInt32().ShouldBe(duplicate);
        merged.GetProperty("status").GetString().ShouldBe("merged");
        merged.GetProperty("mergedInto").GetProperty("id").GetInt32().ShouldBe(survivor);
        await (await StepAsync(op, duplicate, "merge", new { into = survivor })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await OkStepAsync(handler, survivor, "sign");
        await OkStepAsync(handler, survivor, "contact", new { note = "已联系" });
        await OkStepAsync(handler, survivor, "reply", new { content = "已统一处理" });
        (await GetAsync(op, duplicate)).GetProperty("reply").GetString().ShouldBe("已统一处理");
    }
}

public sealed class AppealLifecycleTests_Sqlite(SqliteAppFactory app) : AppealLifecycleTests<SqliteAppFactory>(app);

public sealed class AppealLifecycleTests_Postgres(PostgresAppFactory app) : AppealLifecycleTests<PostgresAppFactory>(app);
