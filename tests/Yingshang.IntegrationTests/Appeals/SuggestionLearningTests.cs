using System.Net;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.AppealApi;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>A host that learns from history after three kept appeals, with the periodic retraining left to the tests.</summary>
public interface ILearningApp;

public sealed class LearningSqliteApp : SqliteAppFactory, ILearningApp
{
    protected override IDictionary<string, string?> Settings => SuggestionLearning.Settings;
}

public sealed class LearningPostgresApp : PostgresAppFactory, ILearningApp
{
    protected override IDictionary<string, string?> Settings => SuggestionLearning.Settings;
}

internal static class SuggestionLearning
{
    public static readonly Dictionary<string, string?> Settings = new() { ["Appeals:Suggest:MinHistory"] = "3", ["Jobs:Enabled"] = "false" };
}

public abstract class SuggestionLearningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ILearningApp
{
    [Fact]
    public async Task After_retraining_the_department_that_kept_such_appeals_is_suggested_and_a_returned_one_is_not_learnt()
    {
        using var op = await app.ClientForAsync("operator");
        using var supervisor = await app.ClientForAsync("supervisor");
        const string text = "共享单车乱停乱放堵住了人行道";
        var first = await (await op.GetAsync("/api/v1/appeals/suggest?content=" + Uri.EscapeDataString(text))).ShouldBeJsonAsync();
        first.GetProperty("basis").GetString().ShouldBe("keywords");

        for (var i = 0; i < 4; i++)
        {
            var id = await SubmitAsync(op, "投诉", $"{text}（第{i + 1}次）");
            await OkStepAsync(op, id, "dispatch", new { department = "transport" });
            await OkStepAsync(supervisor, id, "sign");
        }
        var returned = await SubmitAsync(op, "投诉", text);
        await OkStepAsync(op, returned, "dispatch", new { department = "education" });
        await OkStepAsync(supervisor, returned, "return", new { reason = "不属于教育部门" });
        await OkStepAsync(supervisor, returned, "return/approve");

        var model = await (await supervisor.PostAsync("/api/v1/appeals/suggest/train", null)).ShouldBeJsonAsync();
        model.GetProperty("basis").GetString().ShouldBe("history");
        model.GetProperty("history").GetInt32().ShouldBe(4);

        var learnt = await (await op.GetAsync("/api/v1/appeals/suggest?content=" + Uri.EscapeDataString("单车乱停放在人行道上"))).ShouldBeJsonAsync();
        learnt.GetProperty("departments")[0].GetProperty("code").GetString().ShouldBe("transport");
        learnt.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldNotContain("education");
        learnt.GetProperty("type").GetString().ShouldBe("投诉");
        learnt.GetProperty("category").GetString().ShouldBe("市场监管");
        (await op.PostAsync("/api/v1/appeals/suggest/train", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SuggestionLearningTests_Sqlite(LearningSqliteApp app) : SuggestionLearningTests<LearningSqliteApp>(app);

public sealed class SuggestionLearningTests_Postgres(LearningPostgresApp app) : SuggestionLearningTests<LearningPostgresApp>(app);
