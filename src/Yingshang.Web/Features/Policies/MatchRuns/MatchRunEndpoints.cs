using Yingshang.Web.Platform.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed record StartMatchRun(DateOnly? AsOf);

public sealed record MatchRunAccepted(int Id, string Status);

internal static class MatchRunEndpoints
{
    public static void Map(RouteGroupBuilder group, string writePolicy)
    {
        var runs = group.MapGroup("/match-runs");
        runs.MapPost("/", StartAsync).RequireAuthorization(writePolicy)
            .WithSummary("排队一次全量匹配（asOf 默认今天）：202 与批次编号，后台执行");
        runs.MapGet("/", ListAsync).WithSummary("匹配批次（分页，新的在前）");
        runs.MapGet("/{id:int}", DetailAsync).WithSummary("批次状态、进度（0–1）、指纹与各兑现事项按结果的计数");
        runs.MapGet("/{id:int}/results", ResultsAsync).WithSummary("某兑现事项某结果（eligible|ineligible|undetermined）的企业（分页）");
        runs.MapGet("/{id:int}/changes", ChangesAsync).WithSummary("与上一完成批次相比：新增符合、不再符合、金额变化（kind 选择明细）");
    }

    /// <summary>How far from today a run may look: it opens real cases and notifies enterprises now (README.md, "Match runs").</summary>
    public const int MaxDaysBack = 366, MaxDaysAhead = 31;

    public static async Task<MatchRun> QueueAsync(AppDbContext db, DateOnly asOf, DateOnly today, CancellationToken ct)
    {
        if (asOf < today.AddDays(-MaxDaysBack) || asOf > today.AddDays(MaxDaysAhead))
            throw new FieldValidationException("asOf",
                $"评估日期应在 {today.AddDays(-MaxDaysBack):yyyy-MM-dd} 至 {today.AddDays(MaxDaysAhead):yyyy-MM-dd} 之间（前后不超过一年、一个月）：批次会立即生成兑现案件并通知企业");
        var run = MatchRun.Queue(asOf);
        db.Set<MatchRun>().Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    private static async Task<Accepted<MatchRunAccepted>> StartAsync(StartMatchRun? request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var run = await QueueAsync(db, request?.AsOf ?? today, today, ct);
        return TypedResults.Accepted($"/api/v1/policies/match-runs/{run.Id}", new MatchRunAccepted(run.Id, MatchRunQueries.Word(run.Status)));
    }

    private static async Task<Ok<PagedResult<MatchRunListItem>>> ListAsync(MatchRunQueries queries, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(page, ct));

    private static async Task<Results<Ok<MatchRunBody>, NotFound>> DetailAsync(int id, MatchRunQueries queries, CancellationToken ct) =>
        await queries.DetailAsync(id, ct) is { } body ? TypedResults.Ok(body) : TypedResults.NotFound();

    private static async Task<Results<Ok<PagedResult<MatchResultItem>>, NotFound>> ResultsAsync(int id, string? benefit, string? outcome,
        [AsParameters] PageRequest page, MatchRunQueries queries, CancellationToken ct)
    {
        if (await queries.DetailAsync(id, ct) is null) return TypedResults.NotFound();
        var items = await queries.ResultsAsync(id, benefit, outcome, ct);
        return TypedResults.Ok(await items.ToPageAsync(page, ct));
    }

    private static async Task<Results<Ok<ChangesBody>, NotFound>> ChangesAsync(int id, string? benefit, string? kind,
        [AsParameters] PageRequest page, MatchRunChanges changes, CancellationToken ct) =>
        await changes.ChangesAsync(id, benefit, kind, page, ct) is { } body ? TypedResults.Ok(body) : TypedResults.NotFound();
}
