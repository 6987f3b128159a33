using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Features.Knowledge.Edit;
using Yingshang.Web.Features.Knowledge.View;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge;

internal static class KnowledgeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/knowledge").WithTags("知识库").RequireAuthorization(KnowledgeModule.ReadPolicy);
        group.MapGet("/", async (IKnowledgeSearch search, [AsParameters] PageRequest page, string? q, string? department, string? tag,
                    bool? includeExpired, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(new KnowledgeQuery(q, department, tag, includeExpired == true), page, ct)))
            .WithSummary("知识库检索（有 q 时按相关度排序并给出高亮摘要，否则按使用次数列出；includeExpired=true 时管理员和专班还能看到草稿和过期条目）");
        group.MapGet("/{id:int}", async Task<Results<Ok<KnowledgeEntryDto>, NotFound>> (int id, KnowledgeDetails details, CancellationToken ct) =>
                await details.GetAsync(id, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .WithSummary("知识库条目详情");
        group.MapPost("/", async (SaveKnowledgeEntry request, EditKnowledge edit, KnowledgeDetails details, CancellationToken ct) =>
            {
                var entry = await edit.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/knowledge/{entry.Id}", await details.GetAsync(entry.Id, ct));
            })
            .RequireAuthorization(KnowledgeModule.EditPolicy).WithSummary("新增条目（管理员、专班）");
        group.MapPut("/{id:int}", async Task<Results<Ok<KnowledgeEntryDto>, NotFound>> (int id, SaveKnowledgeEntry request, EditKnowledge edit,
                KnowledgeDetails details, CancellationToken ct) =>
                await edit.UpdateAsync(id, request, ct) is null ? TypedResults.NotFound() : TypedResults.Ok((await details.GetAsync(id, ct))!))
            .RequireAuthorization(KnowledgeModule.EditPolicy).WithSummary("修改条目（全部字段；带 version 时拒绝覆盖他人的修改）");
        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, int? version, EditKnowledge edit, CancellationToken ct) =>
                await edit.DeleteAsync(id, version, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(KnowledgeModule.EditPolicy).WithSummary("删除条目");
        group.MapPost("/{id:int}/use", async Task<Results<Ok<KnowledgeEntryDto>, NotFound>> (int id, IKnowledgeSearch search, KnowledgeDetails details, CancellationToken ct) =>
                await search.RecordUseAsync(id, ct) && await details.GetAsync(id, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .WithSummary("记录一次使用：话务员用该条目答复了来电（使用次数加一；草稿或过期条目 409）");
    }
}
