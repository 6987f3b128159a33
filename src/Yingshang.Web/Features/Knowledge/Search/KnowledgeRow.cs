using MiniExcelLibs.Attributes;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Knowledge.Search;

/// <summary>One line of the "导出Excel" file, in the list's order.</summary>
public sealed record KnowledgeRow(
    [property: ExcelColumnName("编号")] int Id,
    [property: ExcelColumnName("问题")] string Question,
    [property: ExcelColumnName("答复")] string Answer,
    [property: ExcelColumnName("部门")] string Department,
    [property: ExcelColumnName("标签")] string Tags,
    [property: ExcelColumnName("有效期至")] string ValidUntil,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("使用次数")] int UseCount,
    [property: ExcelColumnName("更新时间")] string UpdatedAt)
{
    public static KnowledgeRow From(KnowledgeHit h) => new(h.Id, h.Question, h.Answer, h.DepartmentName ?? "", string.Join('、', h.Tags),
        h.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "长期",
        !h.Published ? "草稿" : h.Expired ? "已过期" : "已发布", h.UseCount,
        ChinaTime.ToLocal(h.UpdatedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
}
