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
    [property: ExcelColumnName("文号")] string? Number,
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
        // Counted by the database, grouped by the policy's id (two policies may share a title) or the county; only the
        // paid cases' dates are read, streamed, for the average days.
        var grants = db.Set<Grant>().AsNoTracking();
        var counts = byCounty
            ? await grants.GroupBy(g => g.County ?? "").Select(g => new Count(g.Key, 0, g.Select(x => x.Uscc).Distinct().Count(), g.Count(x => x.ConfirmedAt != null))).ToListAsync(ct)
            : await grants.GroupBy(g => g.PolicyId).Select(g => new Count("", g.Key, g.Select(x => x.Uscc).Distinct().Count(), g.Count(x => x.ConfirmedAt != null))).ToListAsync(ct);
        var payments = from p in db.Set<GrantPayment>().AsNoTracking()
                       join g in grants on p.GrantId equals g.Id
                       where p.Status == PaymentStatus.Paid
                       select new { g.County, g.PolicyId, p.Amount };
        var amounts = byCounty
            ? await payments.GroupBy(p => p.County ?? "").Select(g => new Amount(g.Key, 0, g.Sum(x => x.Amount))).ToListAsync(ct)
            : await payments.GroupBy(p => p.PolicyId).Select(g => new Amount("", g.Key, g.Sum(x => x.Amount))).ToListAsync(ct);
        var policies = await db.Policies.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new { p.Title, p.Number, p.EffectiveFrom }, ct);
        var days = new Dictionary<(string, int), (int Paid, long FromPolicy, long FromNotice)>();
        await foreach (var g in grants.Where(g => g.Status == GrantStatus.Paid && g.PaidOn != null)
                           .Select(g => new { g.County, g.PolicyId, g.PaidOn, g.NotifiedAt }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = byCounty ? (g.County ?? "", 0) : ("", g.PolicyId);
            var paidOn = g.PaidOn!.Value.DayNumber;
            var noticed = DateOnly.FromDateTime(ChinaTime.ToLocal(g.NotifiedAt).DateTime).DayNumber;
            var sum = days.GetValueOrDefault(key);
            days[key] = (sum.Paid + 1, sum.FromPolicy + paidOn - policies[g.PolicyId].EffectiveFrom.DayNumber, sum.FromNotice + paidOn - noticed);
        }
        var paid = amounts.ToDictionary(a => (a.County, a.PolicyId), a => a.Sum);
        var rows = counts.Select(c =>
            {
                var key = (c.County, c.PolicyId);
                var d = days.GetValueOrDefault(key);
                var policy = byCounty ? null : policies.GetValueOrDefault(c.PolicyId);
                var title = byCounty ? (c.County.Length == 0 ? "未知" : c.County) : policy?.Title ?? $"政策 {c.PolicyId}";
                return new StatisticsRow(title, policy?.Number, c.Reached, c.Confirmed, d.Paid, paid.GetValueOrDefault(key),
                    d.Paid == 0 ? null : Math.Round((double)d.FromPolicy / d.Paid, 1),
                    d.Paid == 0 ? null : Math.Round((double)d.FromNotice / d.Paid, 1));
            })
            .OrderBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        return new StatisticsBody(byCounty ? "county" : "policy", rows);
    }

    private sealed record Count(string County, int PolicyId, int Reached, int Confirmed);

    private sealed record Amount(string County, int PolicyId, decimal Sum);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/statistics", async (string? groupBy, GrantStatistics statistics, CancellationToken ct) =>
                TypedResults.Ok(await statistics.ComputeAsync(groupBy, ct)))
            .WithSummary("免申即享统计：按政策或县市（groupBy=policy|county）的通知、确认、支付、金额与平均天数");
}
