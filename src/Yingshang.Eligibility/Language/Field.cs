namespace Yingshang.Eligibility.Language;

internal enum FieldType { Number, Date, Text, Enum, Set, Bool }

internal enum FieldId
{
    Kind, County, Industry, IndustrySection, Established, AgeYears, RegisteredCapital, Employees,
    InsuredEmployees, Revenue, TaxPaid, TaxCredit, Size, Tags, Abnormal, Dishonest, RiskClass,
}

internal sealed record FieldDef(FieldId Id, string Name, string Alias, FieldType Type, string[] Values)
{
    public string TypeZh => Type switch
    {
        FieldType.Number => "数值", FieldType.Date => "日期", FieldType.Text => "文本",
        FieldType.Enum => "枚举", FieldType.Set => "集合", _ => "布尔值",
    };

    public string TypeEn => Type switch
    {
        FieldType.Number => "a number", FieldType.Date => "a date", FieldType.Text => "text",
        FieldType.Enum => "an enumeration", FieldType.Set => "a set", _ => "a boolean",
    };

    public string Display => $"{Alias}({Name})";
}

internal static class Fields
{
    public static readonly string[] Kinds = ["企业", "个体工商户", "农民专业合作社"];
    public static readonly string[] Sizes = ["大型", "中型", "小型", "微型"];
    public static readonly string[] TaxCredits = ["A", "B", "M", "C", "D"];
    public static readonly string[] RiskClasses = ["A", "B", "C", "D"];

    public static readonly FieldDef[] All =
    [
        new(FieldId.Kind, "kind", "类型", FieldType.Enum, Kinds),
        new(FieldId.County, "county", "县市", FieldType.Text, []),
        new(FieldId.Industry, "industry", "行业代码", FieldType.Text, []),
        new(FieldId.IndustrySection, "industry_section", "行业门类", FieldType.Text, []),
        new(FieldId.Established, "established", "成立日期", FieldType.Date, []),
        new(FieldId.AgeYears, "age_years", "成立年限", FieldType.Number, []),
        new(FieldId.RegisteredCapital, "registered_capital", "注册资本", FieldType.Number, []),
        new(FieldId.Employees, "employees", "从业人数", FieldType.Number, []),
        new(FieldId.InsuredEmployees, "insured_employees", "参保人数", FieldType.Number, []),
        new(FieldId.Revenue, "revenue", "营业收入", FieldType.Number, []),
        new(FieldId.TaxPaid, "tax_paid", "纳税额", FieldType.Number, []),
        new(FieldId.TaxCredit, "tax_credit", "纳税信用等级", FieldType.Enum, TaxCredits),
        new(FieldId.Size, "size", "规模", FieldType.Enum, Sizes),
        new(FieldId.Tags, "tags", "标签", FieldType.Set, []),
        new(FieldId.Abnormal, "abnormal", "经营异常", FieldType.Bool, []),
        new(FieldId.Dishonest, "dishonest", "严重失信", FieldType.Bool, []),
        new(FieldId.RiskClass, "risk_class", "信用风险分类", FieldType.Enum, RiskClasses),
    ];

    private static readonly Dictionary<string, FieldDef> ByName =
        All.SelectMany(f => new[] { (f.Name, f), (f.Alias, f) }).ToDictionary(p => p.Item1, p => p.f, StringComparer.Ordinal);

    public static FieldDef? Find(string name) => ByName.GetValueOrDefault(name);

    public static FieldDef Get(FieldId id) => All[(int)id];

    /// <summary>Chinese words the lexer must split out of unspaced text, longest first.</summary>
    public static readonly string[] ChineseWords =
        All.Select(f => f.Alias).Concat(["且", "或", "非"]).OrderByDescending(w => w.Length).ToArray();
}
