using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Knowledge;

/// <summary>Two app instances on one PostgreSQL database, each with its own in-memory index.</summary>
public sealed class KnowledgeInstancesTests : IAsyncLifetime
{
    private readonly PostgresAppFactory _first = new();
    private PostgresAppFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new PostgresAppFactory(_first.Database, ownsDatabase: false);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    private static async Task<List<int>> SearchAsync(HttpClient client, string q) =>
        (await (await client.GetAsync("/api/v1/knowledge?q=" + Uri.EscapeDataString(q))).ShouldBeJsonAsync())
        .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    [Fact]
    public async Task An_entry_created_changed_or_deleted_on_one_instance_is_found_on_the_other_after_its_next_check()
    {
        using var onFirst = await _first.ClientForAsync("admin");
        using var onSecond = await _second.ClientForAsync("operator");
        (await SearchAsync(onSecond, "营业执照怎么办")).ShouldNotBeEmpty(); // the second instance has built its index

        var created = await (await onFirst.PostAsJsonAsync("/api/v1/knowledge",
            new { question = "充电桩报装怎么办理？", answer = "向供电公司提交充电桩报装申请。", department = "power", tags = new[] { "充电桩" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        (await SearchAsync(onFirst, "充电桩")).ShouldBe([id]);

        // The second instance compares the database stamp at most every Knowledge:SyncSeconds (5 s) of its clock.
        _second.Clock.Advance(TimeSpan.FromSeconds(6));
        (await SearchAsync(onSecond, "充电桩")).ShouldBe([id]);

        (await onFirst.PutAsJsonAsync($"/api/v1/knowledge/{id}", new { question = "新能源汽车充电设施报装", answer = "向供电公司申请。", department = "power", tags = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        _second.Clock.Advance(TimeSpan.FromSeconds(6));
        (await SearchAsync(onSecond, "充电设施"))[0].ShouldBe(id);

        (await onFirst.DeleteAsync($"/api/v1/knowledge/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        _second.Clock.Advance(TimeSpan.FromSeconds(6));
        (await SearchAsync(onSecond, "充电设施")).ShouldNotContain(id);
    }
}
