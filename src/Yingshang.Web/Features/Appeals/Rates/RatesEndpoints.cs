using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>Who reads which rates (README.md, "Rates"): the prefecture roles everything, a department its own row.</summary>
public static class RateAccess
{
    public static readonly string[] Prefecture = [Roles.Operator, Roles.Supervisor, Roles.Leader, Roles.Admin];

    public const string PageRoles = Roles.Operator + "," + Roles.Supervisor + "," + Roles.Leader + "," + Roles.Admin;

    public static bool SeesAll(ICurrentUser user) => Prefecture.Any(user.IsInRole);

    public static RateGrouping ParseGrouping(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "department" => RateGrouping.Department,
        "county" => RateGrouping.County,
        _ => throw new FieldValidationException("groupBy", "groupBy 须为 department（按主办部门）或 county（按县市）"),
    };
}

internal static class RatesEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        appeals.MapGet("/rates", GetAsync)
            .WithSummary("考核指标：及时签收率、响应率、按时办结率、解决率、满意率、回退率、重办率、直接答复率与综合得分排名（period=2026-11 或 2026Q4，groupBy=department|county）");
        appeals.MapGet("/rates/settings", async (RateSettingsStore store, CancellationToken ct) =>
                TypedResults.Ok(RateSettingsDto.Of(await store.GetAsync(ct))))
            .WithSummary("综合得分权重、基本满意权重与红黑榜最少派单量");
        appeals.MapPut("/rates/settings", async (SaveRateSettings body, RateSettingsStore store, CancellationToken ct) =>
                TypedResults.Ok(RateSettingsDto.Of(await store.SaveAsync(body, ct))))
            .RequireAuthorization(Platform.Security.Policies.Admin)
            .WithSummary("修改综合得分权重（三项之和为 1）、基本满意权重 w 与红黑榜最少派单量 N");
    }

    private static async Task<Results<Ok<RatesReport>, ProblemHttpResult>> GetAsync(
        string? period, string? groupBy, AppealRates rates, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var parsedPeriod = RatePeriod.Parse(period, clock);
        var grouping = RateAccess.ParseGrouping(groupBy);
        if (RateAccess.SeesAll(user)) return TypedResults.Ok(await rates.ComputeAsync(parsedPeriod, grouping, ct));
        if (grouping == RateGrouping.County || user.DepartmentId is null)
            return TypedResults.Problem(statusCode: 403, title: "无权查看该排名",
                detail: "部门用户只能查看本部门按主办部门统计的指标（groupBy=department）。");
        var report = await rates.ComputeAsync(parsedPeriod, grouping, ct);
        var code = await rates.DepartmentCodeAsync(user.DepartmentId.Value, ct);
        return TypedResults.Ok(report with { Rows = [.. report.Rows.Where(r => r.Key == code)], Total = null });
    }
}
