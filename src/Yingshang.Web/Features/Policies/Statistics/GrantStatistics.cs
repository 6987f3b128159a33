using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Policies.Statistics;

/// <summary>One policy or county (definitions in README.md: statistics).</summary>
public sealed record StatisticsRow(
    [property: ExcelColumnName("政策或县市")] string Title,
    [property: ExcelColumnName("通知企业数")] int Reached,
    [property: ExcelColumnName("确认案件数")] int Confirmed,
    [property: ExcelColumnName("已支付案件数")] int Paid,
    [property: ExcelColumnName("已支付金额（元）")] decimal AmountPaid,
    [property: ExcelColumnName("政策生效至支付平均天数")] double? AverageDaysFromPolicy,
    [property: ExcelColumnName("通知至支付平均天数")] double? AverageDaysFromNotice);

public sealed record StatisticsBody(string GroupBy, IReadOnlyList<StatisticsRow> Rows);

/// <summary>免申即享 statistics over the 兑现 cases the caller may see (a department sees its own).</summary>
public sealed class GrantStatistics(AppDbContext db)
{
    public async Task<StatisticsBody> ComputeAsync(string? groupBy, CancellationToken ct)
    {
        var byCounty = (groupBy?.Trim().ToLowerInvariant() ?? "policy") switch
        {
            "" or "policy" => false,
            "county" => true,
            _ => throw new FieldValidationException("groupBy", "groupBy 应为 policy 或 county"),
        };
        var grants = await db.Set<Grant>().AsNoTracking()
            .Select(g => new { g.Id, g.PolicyId, g.County, g.Uscc, g.ConfirmedAt, g.Status, g.PaidOn, g.NotifiedAt }).ToListAsync(ct);
        var paid = (await db.Set<GrantPayment>().AsNoTracking().Where(p => p.Status == PaymentStatus.Paid)
            .Select(p => new { p.GrantId, p.Amount }).ToListAsync(ct)).ToLookup(p => p.GrantId, p => p.Amount);
        var policies = await db.Policies.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new { p.Title, p.EffectiveFrom }, ct);
        var rows = grants.GroupBy(g => byCounty ? g.County ?? "未知" : policies.TryGetValue(g.PolicyId, out var p) ? p.Title : $"政策 {g.PolicyId}")
            .Select(group =>
            {
                var done = group.Where(g => g.Status == GrantStatus.Paid && g.PaidOn is not null).ToList();
                return new StatisticsRow(group.Key,
                    group.Select(g => g.Uscc).Distinct().Count(),
                    group.Count(g => g.ConfirmedAt is not null),
                    done.Count,
                    group.Sum(g => paid[g.Id].Sum()),
                    done.Count == 0 ? null : Math.Round(done.Average(g => (double)(g.PaidOn!.Value.DayNumber - policies[g.PolicyId].EffectiveFrom.DayNumber)), 1),
                    done.Count == 0 ? null : Math.Round(done.Average(g => (double)(g.PaidOn!.Value.DayNumber - DateOnly.FromDateTime(ChinaTime.ToLocal(g.NotifiedAt).DateTime).DayNumber)), 1));
            })
            .OrderBy(r => r.Title, StringComparer.Ordinal).ToList();
        return new StatisticsBody(byCounty ? "county" : "policy", rows);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/statistics", async (string? groupBy, GrantStatistics statistics, CancellationToken ct) =>
                TypedResults.Ok(await statistics.ComputeAsync(groupBy, ct)))
            .WithSummary("免申即享统计：按政策或县市（groupBy=policy|county）的通知、确认、支付、金额与平均天数");
}
