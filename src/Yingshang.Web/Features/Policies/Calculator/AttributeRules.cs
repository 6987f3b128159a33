using System.Text.RegularExpressions;
using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Policies.Calculator;

/// <summary>
/// What typed attributes may hold (the public calculator takes them from anyone): every problem with its field
/// (camelCase, as the API names it) and a Chinese message.
/// </summary>
public static partial class AttributeRules
{
    public static readonly string[] Counties = ["示范市", "东城县", "西山县", "南河县", "北岭县", "清水县", "石门县", "云台县"];

    private const decimal MaxMoney = 10_000_000_000_000m; // 10 万亿元: above any real enterprise, below the engine's limits
    private const int MaxPeople = 10_000_000;

    public static Dictionary<string, string[]> Check(TypedAttributes a, DateOnly asOf)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [message];
        if (a.Kind is not null && !Enum.GetValues<EnterpriseKind>().Any(k => k.Title() == a.Kind)) Add("kind", "主体类型应为 企业、个体工商户 或 农民专业合作社");
        if (a.County is { Length: > 20 }) Add("county", "县市名称不能超过 20 个字");
        if (a.Industry is not null && !Industry().IsMatch(a.Industry.Trim().ToUpperInvariant()))
            Add("industry", "行业代码应为 GB/T 4754 门类字母加 2–4 位数字，如 C 或 C3911");
        if (a.Established is { } e && (e > asOf || e.Year < 1900)) Add("established", "成立日期应在 1900 年之后，且不晚于测算日期");
        CheckCount(a.Employees, "employees", "从业人数", Add);
        CheckCount(a.InsuredEmployees, "insuredEmployees", "参保人数", Add);
        CheckMoney(a.RegisteredCapital, "registeredCapital", "注册资本", Add);
        CheckMoney(a.Revenue, "revenue", "营业收入", Add);
        CheckMoney(a.TaxPaid, "taxPaid", "纳税额", Add);
        if (a.TaxCredit is not null && !Enum.GetNames<TaxCreditGrade>().Contains(a.TaxCredit)) Add("taxCredit", "纳税信用等级应为 A、B、M、C 或 D");
        if (a.Size is not null && !Enum.GetValues<SizeClass>().Any(s => s.Title() == a.Size)) Add("size", "规模应为 大型、中型、小型 或 微型");
        if (a.RiskClass is not null && !Enum.GetNames<CreditRiskClass>().Contains(a.RiskClass)) Add("riskClass", "信用风险分类应为 A、B、C 或 D");
        if (a.Tags.Count > 20 || a.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 30)) Add("tags", "标签最多 20 个，每个 1–30 个字");
        return errors;
    }

    private static void CheckCount(int? value, string field, string title, Action<string, string> add)
    {
        if (value is < 0 or > MaxPeople) add(field, $"{title}应在 0 到 {MaxPeople} 之间");
    }

    private static void CheckMoney(decimal? value, string field, string title, Action<string, string> add)
    {
        if (value < 0 || value > MaxMoney) add(field, $"{title}应在 0 到 10 万亿元之间");
    }

    [GeneratedRegex("^[A-T]([0-9]{2,4})?$")]
    private static partial Regex Industry();
}
