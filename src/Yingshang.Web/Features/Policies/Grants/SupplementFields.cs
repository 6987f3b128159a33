using System.Globalization;
using System.Text.RegularExpressions;
using Yingshang.Web.Platform.Errors;
using Facts = Yingshang.Eligibility.Data.EnterpriseFacts;

namespace Yingshang.Web.Features.Policies.Grants;

/// <summary>A field an enterprise may supply for the 快申快享 queue: its title, hint, choices and how a typed value enters the facts.</summary>
public sealed record SupplementField(string Name, string Title, string Hint, IReadOnlyList<string> Choices, Func<Facts, string, Facts> Apply);

/// <summary>
/// The rule fields an enterprise can supply when the register lacks them, validated by type. Derived fields map to their
/// source: a missing 成立年限 is supplied as 成立日期, a missing 行业门类 as 行业代码.
/// </summary>
public static partial class SupplementFields
{
    private static readonly string[] YesNo = ["是", "否"];

    public static readonly IReadOnlyList<SupplementField> All =
    [
        new("county", "县市", "所在县市名称", [], (f, v) => f with { County = Text(v, 20, "county") }),
        new("industry", "行业代码", "GB/T 4754-2017 代码，如 C3911", [], (f, v) => f with { Industry = Industry(v) }),
        new("established", "成立日期", "yyyy-MM-dd", [], (f, v) => f with { Established = Date(v, "established") }),
        new("registered_capital", "注册资本（元）", "金额，最多两位小数", [], (f, v) => f with { RegisteredCapital = Money(v, "registered_capital") }),
        new("employees", "从业人数", "整数", [], (f, v) => f with { Employees = Count(v, "employees") }),
        new("insured_employees", "参保人数", "整数", [], (f, v) => f with { InsuredEmployees = Count(v, "insured_employees") }),
        new("revenue", "营业收入（元）", "上一年度，最多两位小数", [], (f, v) => f with { Revenue = Money(v, "revenue") }),
        new("tax_paid", "纳税额（元）", "上一年度，最多两位小数", [], (f, v) => f with { TaxPaid = Money(v, "tax_paid") }),
        new("tax_credit", "纳税信用等级", "", ["A", "B", "M", "C", "D"], (f, v) => f with { TaxCredit = Choice(v, "tax_credit", ["A", "B", "M", "C", "D"]) }),
        new("size", "规模", "", ["大型", "中型", "小型", "微型"], (f, v) => f with { Size = Choice(v, "size", ["大型", "中型", "小型", "微型"]) }),
        new("abnormal", "是否列入经营异常名录", "", YesNo, (f, v) => f with { Abnormal = Flag(v, "abnormal") }),
        new("dishonest", "是否列入严重失信名单", "", YesNo, (f, v) => f with { Dishonest = Flag(v, "dishonest") }),
        new("risk_class", "信用风险分类", "", ["A", "B", "C", "D"], (f, v) => f with { RiskClass = Choice(v, "risk_class", ["A", "B", "C", "D"]) }),
    ];

    private static readonly Dictionary<string, SupplementField> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static SupplementField? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The field to ask for when the engine reports <paramref name="ruleField"/> unknown; null when it cannot be supplied.</summary>
    public static string? SourceOf(string ruleField) => ruleField switch
    {
        "age_years" => "established",
        "industry_section" => "industry",
        _ => ByName.ContainsKey(ruleField) ? ruleField : null,
    };

    private static string Text(string v, int max, string field) =>
        v.Trim() is { Length: > 0 } t && t.Length <= max ? t : throw new FieldValidationException(field, $"请填写不超过 {max} 个字的内容");

    private static string Industry(string v)
    {
        var code = v.Trim().ToUpperInvariant();
        return IndustryPattern().IsMatch(code) ? code : throw new FieldValidationException("industry", "行业代码应为门类字母加 2–4 位数字，如 C3911");
    }

    private static DateOnly Date(string v, string field) =>
        DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 1949
            ? d : throw new FieldValidationException(field, "日期格式应为 yyyy-MM-dd");

    private static decimal Money(string v, string field) =>
        decimal.TryParse(v.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) && m >= 0 && m < 1e15m && decimal.Round(m, 2) == m
            ? m : throw new FieldValidationException(field, "请填写不小于 0 的金额，最多两位小数");

    private static int Count(string v, string field) =>
        int.TryParse(v.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10_000_000
            ? n : throw new FieldValidationException(field, "请填写不小于 0 的整数");

    private static string Choice(string v, string field, string[] choices) =>
        choices.Contains(v.Trim().ToUpperInvariant()) ? v.Trim().ToUpperInvariant()
        : choices.Contains(v.Trim()) ? v.Trim() : throw new FieldValidationException(field, $"应为 {string.Join("、", choices)} 之一");

    private static bool Flag(string v, string field) => v.Trim().ToLowerInvariant() switch
    {
        "是" or "true" => true,
        "否" or "false" => false,
        _ => throw new FieldValidationException(field, "应为 是 或 否"),
    };

    [GeneratedRegex("^[A-T]([0-9]{2,4})?$")]
    private static partial Regex IndustryPattern();
}
