using System.Globalization;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>One line of the "导出Excel" file of 匹配批次.</summary>
public sealed record MatchRunExportRow(
    [property: ExcelColumnName("批次")] int Id,
    [property: ExcelColumnName("评估日期")] string AsOf,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("进度")] string Progress,
    [property: ExcelColumnName("企业数")] int Total,
    [property: ExcelColumnName("发起人")] string CreatedBy,
    [property: ExcelColumnName("发起时间")] string CreatedAt,
    [property: ExcelColumnName("完成时间")] string FinishedAt,
    [property: ExcelColumnName("指纹")] string Fingerprint)
{
    public static MatchRunExportRow From(MatchRunListItem r) => new(r.Id, r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        MatchRunQueries.Title(Enum.Parse<MatchRunStatus>(r.Status, true)), r.Progress.ToString("P0", CultureInfo.InvariantCulture), r.Total,
        r.CreatedBy, Minute(r.CreatedAt), r.FinishedAt is { } f ? Minute(f) : "", r.Fingerprint ?? "");

    private static string Minute(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>One line of the "导出Excel" file of a run's changes against the previous completed run.</summary>
public sealed record ChangeExportRow(
    [property: ExcelColumnName("兑现事项")] string Benefit,
    [property: ExcelColumnName("统一社会信用代码")] string Uscc,
    [property: ExcelColumnName("名称")] string Name,
    [property: ExcelColumnName("变化")] string Change,
    [property: ExcelColumnName("上一批次金额（元）")] decimal? PreviousAmount,
    [property: ExcelColumnName("本批次金额（元）")] decimal? Amount)
{
    public static string Title(string kind) => kind switch { "newlyEligible" => "新增符合", "noLongerEligible" => "不再符合", _ => "金额变化" };

    public static ChangeExportRow From(ChangeItem i) => new(i.Benefit, i.Uscc, i.Name, Title(i.Change), i.PreviousAmount, i.Amount);
}
