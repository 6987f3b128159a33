using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Suggest.Keywords;

internal static class DispatchKeywordEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        var keywords = appeals.MapGroup("/dispatch-keywords").RequireAuthorization(Platform.Security.Policies.Admin);
        keywords.MapGet("/", async (string? department, [AsParameters] PageRequest page, DispatchKeywordStore store, CancellationToken ct) =>
                TypedResults.Ok(await store.ListAsync(department, page, ct)))
            .WithSummary("智能派单关键词（department=部门编码，分页）");
        keywords.MapPost("/", async (SaveDispatchKeyword body, DispatchKeywordStore store, DispatchAdvisor advisor, CancellationToken ct) =>
            {
                var dto = await store.AddAsync(body, ct);
                await advisor.RetrainAsync(ct);
                return TypedResults.Created($"/api/v1/appeals/dispatch-keywords/{dto.Id}", dto);
            })
            .WithSummary("新增关键词（非空、不超过 20 字、同一部门内不重复）");
        keywords.MapPut("/{id:int}", async Task<Results<Ok<DispatchKeywordDto>, NotFound>> (
                int id, SaveDispatchKeyword body, DispatchKeywordStore store, DispatchAdvisor advisor, CancellationToken ct) =>
            {
                if (await store.ChangeAsync(id, body, ct) is not { } dto) return TypedResults.NotFound();
                await advisor.RetrainAsync(ct);
                return TypedResults.Ok(dto);
            })
            .WithSummary("修改关键词（带上读取时的 version，他人已修改则 409）");
        keywords.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (
                int id, int? version, DispatchKeywordStore store, DispatchAdvisor advisor, CancellationToken ct) =>
            {
                if (!await store.DeleteAsync(id, version, ct)) return TypedResults.NotFound();
                await advisor.RetrainAsync(ct);
                return TypedResults.NoContent();
            })
            .WithSummary("删除关键词（?version= 为读取时的版本，他人已修改则 409）");
    }
}
