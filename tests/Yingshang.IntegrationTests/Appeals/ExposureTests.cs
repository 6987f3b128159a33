using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Appeals.Open311;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Security;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>
/// What a reader must not learn, found by an authorization and privacy sweep: a report about an enterprise is not the
/// enterprise's own appeal; numbers in free text are masked wherever the reader is not entitled to them (however they are
/// written); a signed-in browser cannot be made to call the API from another site.
/// </summary>
public abstract class ExposureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private Task<string> UsccOfAsync(string user) => app.InDatabaseAsync(db =>
        (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId where u.UserName == user && c.ClaimType == AppClaims.Uscc select c.ClaimValue!).SingleAsync());

    [Fact]
    public async Task A_report_that_names_an_enterprise_is_neither_listed_nor_shown_nor_rateable_for_that_enterprise()
    {
        using var op = await app.ClientForAsync("operator");
        var body = Body("举报", "举报该公司无证经营、偷税漏税。");
        body["uscc"] = await UsccOfAsync("qiye.demo2");
        var id = (await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await PublicAppealApi.CloseAsync(app, id);

        using var qiye = await app.ClientForAsync("qiye.demo2");
        var mine = await (await qiye.GetAsync("/api/v1/appeals/mine?pageSize=500")).ShouldBeJsonAsync();
        mine.GetProperty("items").EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetInt32() == id);
        (await qiye.GetAsync($"/api/v1/appeals/mine/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await qiye.PostAsJsonAsync($"/api/v1/appeals/mine/{id}/rate", new { resolved = true, satisfaction = 5 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var page = await CookieSession.SignInAsync(app, "qiye.demo2");
        (await page.Client.GetAsync($"/Appeals/Mine/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync(op, id)).GetProperty("status").GetString().ShouldBe("closed");
        // The staff's 一企一档 still lists it under the enterprise.
        var listed = await (await op.GetAsync($"/api/v1/appeals?enterprise={body["uscc"]}&pageSize=500")).ShouldBeJsonAsync();
        listed.GetProperty("items").EnumerateArray().ShouldContain(a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task The_leader_reads_an_extension_reason_with_its_numbers_masked()
    {
        var id = await DispatchedAsync(app);
        using var handler = await app.ClientForAsync("handler.market");
        await OkStepAsync(handler, id, "sign");
        await OkStepAsync(handler, id, "extend", new { workingDays = 3, reason = "需现场核查，联系人电话 139 5555 6666" });
        (await GetAsync(handler, id)).GetProperty("extension").GetProperty("reason").GetString()!.ShouldContain("139 5555 6666");
        using var leader = await app.ClientForAsync("leader");
        var reason = (await GetAsync(leader, id)).GetProperty("extension").GetProperty("reason").GetString()!;
        reason.ShouldContain("139****6666");
        reason.ShouldNotContain("5555");
    }

    [Fact]
    public async Task A_confidential_requesters_numbers_in_the_content_are_masked_for_the_department_not_for_the_centre()
    {
        using var op = await app.ClientForAsync("operator");
        var body = Body("投诉", "本人电话 13922223333，身份证 110105194912310021，反映楼下餐馆油烟扰民。");
        body["requester"] = new Dictionary<string, object?> { ["name"] = "保密人", ["phone"] = "13922223333", ["confidential"] = true };
        var id = (await (await PostAsync(op, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await OkStepAsync(op, id, "dispatch", new { department = "market" });
        (await GetAsync(op, id)).GetProperty("content").GetString()!.ShouldContain("13922223333");
        using var handler = await app.ClientForAsync("handler.market");
        var seen = await GetAsync(handler, id);
        seen.GetProperty("requester").GetProperty("phone").GetString().ShouldBe("保密");
        var content = seen.GetProperty("content").GetString()!;
        content.ShouldContain("139****3333");
        content.ShouldNotContain("13922223333");
        content.ShouldNotContain("1101051949");
    }

    [Fact]
    public async Task Typical_case_summaries_mask_numbers_for_every_reader()
    {
        using var op = await app.ClientForAsync("operator");
        var id = await SubmitAsync(op, "投诉", "请回电 139-1111-3333 或 6555123，身份证110105194912310021，小区门口占道经营。");
        using var sv = await app.ClientForAsync("supervisor");
        await (await sv.PostAsJsonAsync("/api/v1/appeals/typical-cases", new { title = "号码样本", note = "测试", appealIds = new[] { id } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        using var leader = await app.ClientForAsync("leader");
        var text = await (await leader.GetAsync("/api/v1/appeals/typical-cases")).Content.ReadAsStringAsync();
        text.ShouldContain("139****3333");
        text.ShouldNotContain("1111");
        text.ShouldNotContain("6555123");
        text.ShouldNotContain("1101051");
    }

    [Fact]
    public async Task Open311_publishes_descriptions_with_their_numbers_masked()
    {
        using var client = app.CreateClient();
        var number = await GeoReportClient.SubmitRequestAsync(client, GeoReportClient.Form("井盖缺失，联系 13566667777，身份证 530102198001011234"));
        var one = await GeoReportClient.JsonAsync(await client.GetAsync($"/open311/v2/requests/{number}.json"));
        var description = one[0].GetProperty("description").GetString()!;
        description.ShouldContain("135****7777");
        description.ShouldNotContain("13566667777");
        description.ShouldNotContain("5301021980");
    }

    [Fact]
    public async Task A_cookie_signed_in_browser_cannot_be_made_to_change_data_through_the_api_by_a_form_or_an_empty_post()
    {
        var id = await DispatchedAsync(app);
        using var session = await CookieSession.SignInAsync(app, "handler.market");
        var form = await session.Client.PostAsync($"/api/v1/appeals/{id}/sign", new FormUrlEncodedContent([new("x", "1")]));
        (await form.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("cross-site-request");
        (await session.Client.PostAsync($"/api/v1/appeals/{id}/sign", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await app.ClientForAsync("operator");
        (await GetAsync(admin, id)).GetProperty("status").GetString().ShouldBe("dispatched");

        // The pages' own scripts send JSON or X-Requested-With; bearer callers are not affected.
        using var own = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/appeals/{id}/sign");
        own.Headers.Add("X-Requested-With", "fetch");
        (await session.Client.SendAsync(own)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = await DispatchedAsync(app);
        using var bearer = await app.ClientForAsync("handler.market");
        (await bearer.PostAsync($"/api/v1/appeals/{other}/sign", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ExposureTests_Sqlite(SqliteAppFactory app) : ExposureTests<SqliteAppFactory>(app);

public sealed class ExposureTests_Postgres(PostgresAppFactory app) : ExposureTests<PostgresAppFactory>(app);
