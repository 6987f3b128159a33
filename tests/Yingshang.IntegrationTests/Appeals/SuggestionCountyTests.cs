using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>The county of a call decides between the prefecture's department and the county's own, which the words cannot.</summary>
public abstract class SuggestionCountyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ILearningApp
{
    private const string Text = "小区门口的共享单车乱停乱放，堵住了人行道";

    private static IEnumerable<string?> Codes(JsonElement suggestion) =>
        suggestion.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString());

    [Fact]
    public async Task A_county_s_call_is_suggested_to_the_department_that_took_that_county_s_calls_and_never_to_another_county_s()
    {
        using var op = await app.ClientForAsync("operator");
        using var supervisor = await app.ClientForAsync("supervisor");
        // The prefecture's department took twice as many such calls: by the words alone it would come first everywhere.
        foreach (var (county, department, calls) in new[] { ("东城县", "dcx.transport", 3), ("西山县", "transport", 6) })
            for (var i = 0; i < calls; i++)
            {
                var body = Body("投诉", $"{Text}（第{i + 1}次）");
                body["county"] = county;
                var id = (await (await PostAsync(op, body)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
                await OkStepAsync(op, id, "dispatch", new { department });
                await OkStepAsync(supervisor, id, "sign");
            }
        await (await supervisor.PostAsync("/api/v1/appeals/suggest/train", null)).ShouldBeJsonAsync();

        async Task<JsonElement> SuggestAsync(string county) => await (await op.GetAsync(
            $"/api/v1/appeals/suggest?content={Uri.EscapeDataString(Text)}&county={Uri.EscapeDataString(county)}")).ShouldBeJsonAsync();
        // A county's call lists both levels of the kind; any other call only the best one of each kind.
        Codes(await SuggestAsync("东城县")).Take(2).ShouldBe(["dcx.transport", "transport"]);
        var xsx = Codes(await SuggestAsync("XSX")).ToList();
        xsx[0].ShouldBe("transport");
        xsx.ShouldNotContain("dcx.transport");
        // Where neither took that county's calls, the county's own department comes first (属地管理); without a county, the
        // department that took most such calls.
        Codes(await SuggestAsync("南河县")).First().ShouldBe("nhx.transport");
        var anywhere = Codes(await (await op.GetAsync($"/api/v1/appeals/suggest?content={Uri.EscapeDataString(Text)}")).ShouldBeJsonAsync()).ToList();
        anywhere[0].ShouldBe("transport");
        anywhere.Count(c => c!.EndsWith("transport", StringComparison.Ordinal)).ShouldBe(1);

        // The console passes the call's county too.
        using var console = await Admin.CookieSession.SignInAsync(app, "operator");
        var panel = await console.HtmlAsync($"/Appeals/Intake?handler=Assist&county=DCX&text={Uri.EscapeDataString(Text)}");
        panel.IndexOf("东城县交通运输局", StringComparison.Ordinal).ShouldBeGreaterThan(-1);
        panel.IndexOf("东城县交通运输局", StringComparison.Ordinal).ShouldBeLessThan(panel.IndexOf("州交通运输局", StringComparison.Ordinal) is var p and >= 0 ? p : int.MaxValue);

        var unknown = await op.GetAsync($"/api/v1/appeals/suggest?content={Uri.EscapeDataString(Text)}&county=XYZ");
        (await unknown.ShouldBeProblemAsync(System.Net.HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("county", out _).ShouldBeTrue();
    }
}

public sealed class SuggestionCountyTests_Sqlite(LearningSqliteApp app) : SuggestionCountyTests<LearningSqliteApp>(app);

public sealed class SuggestionCountyTests_Postgres(LearningPostgresApp app) : SuggestionCountyTests<LearningPostgresApp>(app);
