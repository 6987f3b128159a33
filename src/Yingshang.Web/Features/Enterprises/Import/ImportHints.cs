using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Enterprises.Import;

/// <summary>How to fill each column, shown on the import page.</summary>
public static class ImportHints
{
    public static string For(string column) => column switch
    {
        ImportColumns.Uscc => "必填，18 位，按 GB 32100-2015 校验；以 91、92、93 开头；小写字母会自动转为大写。XLSX 中请设为文本格式",
        ImportColumns.Name => "必填，最多 200 字",
        ImportColumns.Kind => "企业、个体工商户、农民专业合作社；留空则按代码第 2 位确定",
        ImportColumns.County => "本州县市名称，如 东城县",
        ImportColumns.Industry => "GB/T 4754-2017 行业代码，门类字母加 2–4 位数字，如 C3911；只填数字时自动补门类",
        ImportColumns.Established => "日期，如 2019-05-01、2019/5/1、2019年5月1日",
        ImportColumns.RegisteredCapital or ImportColumns.Revenue or ImportColumns.TaxPaid => "以元为单位的数字，最多两位小数，不能为负",
        ImportColumns.Employees or ImportColumns.InsuredEmployees => "非负整数（人）",
        ImportColumns.TaxCredit => "A、B、M、C、D",
        ImportColumns.Tags => $"用分号分隔；可用：{string.Join("、", EnterpriseTags.Known)}",
        ImportColumns.Abnormal or ImportColumns.Dishonest => "是/否（也可填 true/false、1/0）",
        ImportColumns.RiskClass => "A、B、C、D",
        _ => "",
    };
}
