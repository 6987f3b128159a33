using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Appeals.Rates;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>Who sees hot issues and candidates (the prefecture roles) and who marks them (a Supervisor).</summary>
public static class HotIssueAccess
{
    public static readonly string[] Readers = RateAccess.Prefecture;
    public const string PageRoles = RateAccess.PageRoles;
    public const string MarkRole = Roles.Supervisor;
}

internal static class HotIssuesEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        var hot = appeals.MapGroup("/hot-issues").RequireAuthorization(p => p.RequireRole(HotIssueAccess.Readers));
        var cases = appeals.MapGroup("/typical-cases").RequireAuthorization(p => p.RequireRole(HotIssueAccess.Readers));
        hot.MapGet("/", async ([AsParameters] HotIssueQuery query, HotIssueReport report, CancellationToken ct) =>
                TypedResults.Ok(await report.ComputeAsync(query, ct)))
            .WithSummary("热点诉求：近 days 天（默认 7，北京时间日期）与前一同长窗口相比增长的相似诉求群（county、category 可选）");
        hot.MapGet("/settings", async (HotIssueSettingsStore store, CancellationToken ct) =>
                TypedResults.Ok(HotIssueSettingsDto.Of(await store.GetAsync(ct))))
            .WithSummary("热点诉求阈值：最少件数与最低增长倍数");
        hot.MapPut("/settings", async (SaveHotIssueSettings body, HotIssueSettingsStore store, CancellationToken ct) =>
                TypedResults.Ok(HotIssueSettingsDto.Of(await store.SaveAsync(body, ct))))
            .RequireAuthorization(Platform.Security.Policies.Admin)
            .WithSummary("修改热点诉求阈值（minSize 2–10000，minGrowth 1–100 倍）");
        cases.MapGet("/", async (string? status, [AsParameters] PageRequest page, TypicalCaseStore store, CancellationToken ct) =>
                TypedResults.Ok(await store.ListAsync(status, page, ct)))
            .WithSummary("典型案例候选（status=active|withdrawn|all，分页）");
        cases.MapPost("/", async (MarkTypicalCase body, TypicalCaseStore store, CancellationToken ct) =>
            {
                var dto = await store.MarkAsync(body, ct);
                return TypedResults.Created($"/api/v1/appeals/typical-cases/{dto.Id}", dto);
            })
            .RequireAuthorization(p => p.RequireRole(HotIssueAccess.MarkRole))
            .WithSummary("推荐典型案例候选：一个热点诉求群或一件诉求（title、note、appealIds）");
        cases.MapPost("/{id:int}/withdraw", async Task<Results<Ok<TypicalCaseDto>, NotFound>> (int id, TypicalCaseStore store, CancellationToken ct) =>
                await store.WithdrawAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(HotIssueAccess.MarkRole))
            .WithSummary("撤回典型案例候选");
    }
}
