using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>考核排名: the rates table of a month or quarter, the 红黑榜, a unit's 12-month trend and the export.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = RateAccess.PageRoles)]
public sealed class RankingsModel(AppealRates rates, RateTrend trend, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public const int ListSize = 5;

    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? GroupBy { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    public RatesReport? Report { get; private set; }
    public IReadOnlyList<RateRow> RedList { get; private set; } = [];
    public IReadOnlyList<RateRow> BlackList { get; private set; } = [];
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];
    public RateRow? Selected { get; private set; }
    public IReadOnlyList<RatePeriod> Periods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periods = Choices();
        try
        {
            var (period, grouping) = Parse();
            Report = await rates.ComputeAsync(period, grouping, ct);
            (RedList, BlackList) = Lists(Report);
            Selected = Report.Rows.FirstOrDefault(r => r.Key == Unit) ?? Report.Rows.FirstOrDefault(r => r.Composite is not null) ?? (Report.Rows.Count > 0 ? Report.Rows[0] : null);
            if (Selected is not null) Trend = await trend.ForAsync(period, grouping, Selected.Key, ct);
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        RatesReport report;
        try
        {
            var (period, grouping) = Parse();
            report = await rates.ComputeAsync(period, grouping, ct);
        }
        catch (FieldValidationException e)
        {
            return BadRequest(e.Message);
        }
        audit.Record("export", "AppealRates", $"{report.Period}/{report.GroupBy}", $"{report.Rows.Count} 行");
        await db.SaveChangesAsync(ct);
        var sheet = report.Rows.Append(report.Total!).Select(r => ExportRow.Of(r, report.Settings.MinDispatched));
        var bytes = await ExcelExport.ToXlsxAsync(sheet, "考核排名", ct);
        return File(bytes, ExcelExport.ContentType, ExcelExport.FileName($"考核排名-{report.PeriodTitle}-{(report.GroupBy == "county" ? "按县市" : "按主办部门")}", clock));
    }

    /// <summary>红榜 the best five, 黑榜 the worst five, of the units with at least N dispatched; nobody is on both.</summary>
    public static (IReadOnlyList<RateRow> Red, IReadOnlyList<RateRow> Black) Lists(RatesReport report)
    {
        var eligible = report.Rows.Where(r => r.Composite is not null && r.Dispatched >= report.Settings.MinDispatched).ToList();
        var red = eligible.OrderBy(r => r.Rank).ThenByDescending(r => r.Dispatched).Take(ListSize).ToList();
        var black = eligible.Except(red).OrderByDescending(r => r.Rank).ThenByDescending(r => r.Dispatched).Take(ListSize).ToList();
        return (red, black);
    }

    public string ExportLink => Url.Page("/Appeals/Rates/Rankings", "Export", new { Period = Report?.Period ?? Period, GroupBy })!;

    public string UnitLink(string key) => QueryLinks.With(Request, ("unit", key)) + "#trend";

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    public static string Score(double? composite) => composite is { } c ? (c * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private (RatePeriod, RateGrouping) Parse() => (RatePeriod.Parse(Period, clock), RateAccess.ParseGrouping(GroupBy));

    /// <summary>The last twelve months and the last four quarters, newest first, then this year and last.</summary>
    private List<RatePeriod> Choices()
    {
        var now = RatePeriod.MonthOf(clock.GetUtcNow());
        var months = now.TrailingMonths(12).Reverse().ToList();
        var quarters = months.Select(m => new RatePeriod(m.Year, (m.FirstMonth - 1) / 3 * 3 + 1, 3)).Distinct().Take(4);
        return [.. months, .. quarters, new RatePeriod(now.Year, 1, 12), new RatePeriod(now.Year - 1, 1, 12)];
    }

    /// <summary>As the page shows it: rates in per cent (one decimal), the composite out of 100 (two decimals), as numbers a sheet can sort.</summary>
    private sealed record ExportRow(
        [property: ExcelColumnName("排名")] int? Rank, [property: ExcelColumnName("单位")] string Name,
        [property: ExcelColumnName("派单量")] int Dispatched,
        [property: ExcelColumnName("及时签收率（%）")] double? SignedOnTime, [property: ExcelColumnName("响应率（%）")] double? Response,
        [property: ExcelColumnName("按时办结率（%）")] double? ClosedOnTime, [property: ExcelColumnName("解决率（%）")] double? Resolution,
        [property: ExcelColumnName("满意率（%）")] double? Satisfaction, [property: ExcelColumnName("回退率（%）")] double? Return,
        [property: ExcelColumnName("重办率（%）")] double? Reopen, [property: ExcelColumnName("直接答复率（%）")] double? DirectAnswer,
        [property: ExcelColumnName("综合得分（百分制）")] double? Composite, [property: ExcelColumnName("上红黑榜")] string Listed)
    {
        public static ExportRow Of(RateRow r, int minDispatched) => new(r.Rank, r.Name, r.Dispatched, Pct(r.SignedOnTimeRate), Pct(r.ResponseRate),
            Pct(r.ClosedOnTimeRate), Pct(r.ResolutionRate), Pct(r.SatisfactionRate), Pct(r.ReturnRate), Pct(r.ReopenRate), Pct(r.DirectAnswerRate),
            r.Composite is { } c ? Math.Round(c * 100, 2) : null,
            r.Rank is null ? "—" : r.Dispatched >= minDispatched ? "是" : "否（派单量不足）");

        private static double? Pct(double? rate) => rate is { } v ? Math.Round(v * 100, 1) : null;
    }
}
