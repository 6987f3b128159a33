using MiniExcelLibs.Attributes;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>One line of the "导出Excel" file of 典型案例候选: a candidate with its appeals' numbers.</summary>
public sealed record TypicalCaseExportRow(
    [property: ExcelColumnName("标题")] string Title,
    [property: ExcelColumnName("类型")] string Kind,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("诉求件数")] int Appeals,
    [property: ExcelColumnName("诉求编号")] string Numbers,
    [property: ExcelColumnName("推荐理由")] string Note,
    [property: ExcelColumnName("推荐人")] string MarkedBy,
    [property: ExcelColumnName("推荐时间")] string MarkedAt,
    [property: ExcelColumnName("撤回人")] string WithdrawnBy,
    [property: ExcelColumnName("撤回时间")] string WithdrawnAt)
{
    public static TypicalCaseExportRow From(TypicalCaseDto c) => new(c.Title, c.Kind == "cluster" ? "热点诉求群" : "单件诉求",
        c.Status == "active" ? "有效" : "已撤回", c.Appeals.Count, string.Join("、", c.Appeals.Select(a => a.Number)), c.Note,
        c.MarkedBy, Minute(c.MarkedAt), c.WithdrawnBy ?? "", c.WithdrawnAt is null ? "" : Minute(c.WithdrawnAt));

    /// <summary>The ISO time with +08:00 as the page shows it: 2026-11-27 09:30.</summary>
    private static string Minute(string iso) => iso[..16].Replace('T', ' ');
}
