using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals.Rate;
using static Yingshang.IntegrationTests.Appeals.AppealApi;
using static Yingshang.IntegrationTests.Appeals.PublicAppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The public side of an appeal over the API: submit without an account, track, rate once.</summary>
public abstract class PublicAppealTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_citizen_submits_without_an_account_and_tracks_with_the_code_and_the_last_four_digits()
    {
        using var citizen = app.CreateClient();
        var response = await citizen.PostAsJsonAsync("/api/v1/public/appeals", PublicAppealApi.Body("13912348765"));
        var receipt = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var code = receipt.GetProperty("trackingCode").GetString()!;
        receipt.GetProperty("statusTitle").GetString().ShouldBe("待派单");

        var tracked = await (await TrackAsync(citizen, code.ToLowerInvariant(), "8765")).ShouldBeJsonAsync();
        tracked.GetProperty("status").GetString().ShouldBe("received");
        tracked.GetProperty("type").GetString().ShouldBe("求助");
        tracked.GetProperty("department").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        tracked.TryGetProperty("requester", out _).ShouldBeFalse();

        using var op = await app.ClientForAsync("operator");
        var appeal = await GetAsync(op, await IdOfAsync(app, code));
        appeal.GetProperty("channel").GetString().ShouldBe("web");
        appeal.GetProperty("history")[0].GetProperty("actorName").GetString().ShouldBe("公众（网站）");
    }

    [Fact]
    public async Task A_public_key_of_100_characters_is_honoured_in_a_scope_apart_from_the_staff_keys()
    {
        using var anonymous = app.CreateClient();
        var key = new string('p', 90) + Guid.NewGuid().ToString("N")[..10];
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/appeals") { Content = JsonContent.Create(PublicAppealApi.Body("13700001234")) };
            request.Headers.Add("Idempotency-Key", key);
            return await anonymous.SendAsync(request);
        }
        var first = await (await SendAsync()).ShouldBeJsonAsync(HttpStatusCode.Created);
        var again = await SendAsync();
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await again.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("trackingCode").GetString().ShouldBe(first.GetProperty("trackingCode").GetString());
        using var op = await app.ClientForAsync("operator");
        var staff = await AppealApi.PostAsync(op, AppealApi.Body(), key);
        staff.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        staff.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Wrong_digits_and_an_unknown_code_get_the_same_not_found_answer()
    {
        using var citizen = app.CreateClient();
        var code = await SubmitAsync(citizen, "13912340001");
        var wrongDigits = await (await TrackAsync(citizen, code, "9999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await TrackAsync(citizen, "ZZZZZZZZZZ", "0001")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        wrongDigits.GetProperty("detail").GetString().ShouldBe(unknown.GetProperty("detail").GetString());
        var malformed = await (await TrackAsync(citizen, code, "12")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        malformed.GetProperty("errors").TryGetProperty("phone4", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_public_endpoint_validates_like_the_staff_intake_and_names_the_field()
    {
        using var citizen = app.CreateClient();
        var body = PublicAppealApi.Body("12345");
        var problem = await (await citizen.PostAsJsonAsync("/api/v1/public/appeals", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("requester.phone", out _).ShouldBeTrue();
        body = PublicAppealApi.Body("13912340002");
        body["content"] = "";
        await (await citizen.PostAsJsonAsync("/api/v1/public/appeals", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Tracking_shows_the_department_deadlines_and_the_reply()
    {
        using var citizen = app.CreateClient();
        var code = await SubmitAsync(citizen, "13912340003");
        await CloseAsync(app, await IdOfAsync(app, code));
        var tracked = await (await TrackAsync(citizen, code, "0003")).ShouldBeJsonAsync();
        tracked.GetProperty("statusTitle").GetString().ShouldBe("已办结");
        tracked.GetProperty("department").GetString().ShouldBe("州市场监督管理局");
        tracked.GetProperty("deadlines").GetProperty("close").GetString()!.ShouldEndWith("+08:00");
        tracked.GetProperty("reply").GetString().ShouldBe("已安排维修路灯");
        tracked.GetProperty("ratingOpen").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_merged_appeal_shows_the_survivors_reply()
    {
        using var citizen = app.CreateClient();
        using var op = await app.ClientForAsync("operator");
        var duplicate = await SubmitAsync(citizen, "13912340004");
        var survivor = await IdOfAsync(app, await SubmitAsync(citizen, "13912340005"));
        // The duplicate had been dispatched elsewhere before the centre saw it was one: it now follows the survivor.
        await OkStepAsync(op, await IdOfAsync(app, duplicate), "dispatch", new { department = "housing" });
        await OkStepAsync(op, await IdOfAsync(app, duplicate), "merge", new { into = survivor });
        // Until the survivor is dispatched, no department handles it: not the duplicate's old one.
        (await (await TrackAsync(citizen, duplicate, "0004")).ShouldBeJsonAsync()).GetProperty("department").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var closed = await CloseAsync(app, survivor);
        var tracked = await (await TrackAsync(citizen, duplicate, "0004")).ShouldBeJsonAsync();
        tracked.GetProperty("status").GetString().ShouldBe("merged");
        tracked.GetProperty("merged").GetBoolean().ShouldBeTrue();
        tracked.GetProperty("reply").GetString().ShouldBe("已安排维修路灯");
        tracked.GetProperty("department").GetString().ShouldBe("州市场监督管理局");
        tracked.GetProperty("closedAt").GetString().ShouldNotBeNull();
    }

    /// <summary>The survivor's reply was written to its own requester; whoever tracks the merged appeal reads its numbers masked.</summary>
    [Fact]
    public async Task A_merged_appeal_shows_the_survivors_reply_with_its_numbers_masked()
    {
        using var citizen = app.CreateClient();
        using var op = await app.ClientForAsync("operator");
        var duplicate = await SubmitAsync(citizen, "13912340014");
        var code = await SubmitAsync(citizen, "13912340015");
        var survivor = await IdOfAsync(app, code);
        await OkStepAsync(op, await IdOfAsync(app, duplicate), "merge", new { into = survivor });
        await CloseAsync(app, survivor, "已与诉求人（13912340015）约定本周维修路灯");
        (await (await TrackAsync(citizen, duplicate, "0014")).ShouldBeJsonAsync()).GetProperty("reply").GetString()
            .ShouldBe("已与诉求人（139****0015）约定本周维修路灯");
        (await (await TrackAsync(citizen, code, "0015")).ShouldBeJsonAsync()).GetProperty("reply").GetString()
            .ShouldBe("已与诉求人（13912340015）约定本周维修路灯");
    }

    /// <summary>Requests for the rating SMS that arrive together send one SMS: the others are told it was just sent.</summary>
    [Fact]
    public async Task Rating_sms_requests_made_at_once_send_one_message()
    {
        using var citizen = app.CreateClient();
        var id = await IdOfAsync(app, await SubmitAsync(citizen, "13912340016"));
        await CloseAsync(app, id);
        var outcomes = await ResendLaterAsync(id, 6);
        outcomes.Count(o => o == LinkResend.Sent).ShouldBe(1);
        outcomes.ShouldAllBe(o => o == LinkResend.Sent || o == LinkResend.TooSoon);
        (await InvitationSmsAsync(id)).ShouldBe(2);
    }

    [Fact]
    public async Task No_rating_sms_is_sent_once_the_centre_has_visited_by_phone()
    {
        using var citizen = app.CreateClient();
        var id = await IdOfAsync(app, await SubmitAsync(citizen, "13912340017"));
        await CloseAsync(app, id);
        using var op = await app.ClientForAsync("operator");
        await OkStepAsync(op, id, "visit", new { resolved = true, satisfaction = 4 });
        (await ResendLaterAsync(id, 1)).ShouldBe([LinkResend.NotOpen]);
        (await InvitationSmsAsync(id)).ShouldBe(1);
    }

    /// <summary>
    /// The tracking page's 获取评价短信, asked <paramref name="times"/> times at once after the 10-minute limit of the close's SMS
    /// (the clock is put back afterwards: the other tests' cached tokens are of the old time).
    /// </summary>
    private async Task<LinkResend[]> ResendLaterAsync(int id, int times)
    {
        var start = app.Clock.GetUtcNow();
        app.Clock.Advance(RatingInvitations.ResendInterval + TimeSpan.FromMinutes(1));
        try
        {
            return await Task.WhenAll(Enumerable.Range(0, times).Select(_ => Task.Run(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<Yingshang.Web.Platform.Persistence.AppDbContext>();
                var appeal = await db.Appeals.IgnoreQueryFilters().SingleAsync(a => a.Id == id);
                return await scope.ServiceProvider.GetRequiredService<RatingInvitations>().ResendAsync(appeal, CancellationToken.None);
            })));
        }
        finally
        {
            app.Clock.AdjustTime(start);
        }
    }

    private async Task<int> InvitationSmsAsync(int id) =>
        (await app.MessagesAsync(id)).Count(m => m.Subject == RatingInvitations.InvitationSubject);

    [Fact]
    public async Task Closing_sends_one_hashed_rating_link_that_records_the_visit_once()
    {
        using var citizen = app.CreateClient();
        var code = await SubmitAsync(citizen, "13912340006");
        var id = await IdOfAsync(app, code);
        await CloseAsync(app, id);
        var token = await RatingTokenAsync(app, id);
        token.Length.ShouldBeGreaterThanOrEqualTo(40);
        var sms = await app.InDatabaseAsync(db => db.Outbox.Where(m => m.Subject == "诉求办结回访邀请" && m.Body.Contains(token)).SingleAsync());
        sms.Recipient.ShouldBe("13912340006");
        var stored = await app.InDatabaseAsync(db => db.Set<AppealRatingInvitation>().Where(i => i.AppealId == id).SelectMany(i => i.Tokens).Select(t => t.Hash).ToListAsync());
        stored.ShouldBe([AppealRatingInvitation.Hash(token)]);

        var rated = await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{token}", new { resolved = false, satisfaction = 2, comment = "路灯修好后又坏了" }))
            .ShouldBeJsonAsync();
        rated.GetProperty("status").GetString().ShouldBe("visited");
        using var op = await app.ClientForAsync("operator");
        var appeal = await GetAsync(op, id);
        appeal.GetProperty("visit").GetProperty("satisfaction").GetInt32().ShouldBe(2);
        appeal.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldContain("reopen");
        var visit = appeal.GetProperty("history").EnumerateArray().Last();
        visit.GetProperty("actor").GetString().ShouldBe("requester");
        visit.GetProperty("note").GetString().ShouldBe("路灯修好后又坏了");

        var again = await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{token}", new { resolved = true, satisfaction = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("rating-link-used");
        (await (await TrackAsync(citizen, code, "0006")).ShouldBeJsonAsync()).GetProperty("ratingOpen").GetBoolean().ShouldBeFalse();
        await (await citizen.PostAsJsonAsync("/api/v1/public/ratings/not-a-real-token", new { resolved = true, satisfaction = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rating_without_an_answer_is_422_and_leaves_the_link_usable()
    {
        using var citizen = app.CreateClient();
        var id = await IdOfAsync(app, await SubmitAsync(citizen, "13912340007"));
        await CloseAsync(app, id);
        var token = await RatingTokenAsync(app, id);
        await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{token}", new { resolved = true, satisfaction = 9 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{token}", new { resolved = true, satisfaction = 5 })).ShouldBeJsonAsync())
            .GetProperty("status").GetString().ShouldBe("visited");
    }

    [Fact]
    public async Task A_reopened_and_closed_again_appeal_replaces_the_first_link()
    {
        using var citizen = app.CreateClient();
        using var op = await app.ClientForAsync("operator");
        using var handler = await app.ClientForAsync("handler.market");
        var id = await IdOfAsync(app, await SubmitAsync(citizen, "13912340008"));
        await CloseAsync(app, id);
        var first = await RatingTokenAsync(app, id);
        await OkStepAsync(op, id, "visit", new { resolved = false, satisfaction = 1 });
        await OkStepAsync(op, id, "reopen", new { reason = "电话回访未解决" });
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "contact", new { note = "再次联系" });
        await OkStepAsync(handler, id, "reply", new { content = "已修复" });
        await OkStepAsync(op, id, "close");
        var second = await RatingTokenAsync(app, id);
        second.ShouldNotBe(first);
        (await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{first}", new { resolved = true, satisfaction = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("rating-link-closed");
        await (await citizen.PostAsJsonAsync($"/api/v1/public/ratings/{second}", new { resolved = true, satisfaction = 5 })).ShouldBeJsonAsync();
    }
}

public sealed class PublicAppealTests_Sqlite(SqliteAppFactory app) : PublicAppealTests<SqliteAppFactory>(app);

public sealed class PublicAppealTests_Postgres(PostgresAppFactory app) : PublicAppealTests<PostgresAppFactory>(app);
