using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;

namespace Yingshang.Web.Features.Enterprises;

/// <summary>Everything known about a market entity as entered or imported; null means unknown. Size is not here: it is derived.</summary>
public sealed record EnterpriseData
{
    public string Uscc { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>Null: taken from the USCC's 机构类别码.</summary>
    public EnterpriseKind? Kind { get; init; }
    public int? CountyId { get; init; }
    public string? IndustryCode { get; init; }
    public DateOnly? Established { get; init; }
    public decimal? RegisteredCapital { get; init; }
    public int? Employees { get; init; }
    public int? InsuredEmployees { get; init; }
    public decimal? Revenue { get; init; }
    public decimal? TaxPaid { get; init; }
    public TaxCreditGrade? TaxCredit { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool? Abnormal { get; init; }
    public bool? Dishonest { get; init; }
    public CreditRiskClass? RiskClass { get; init; }
}

/// <summary>The invariants of a register entry; field names are the import columns.</summary>
public static class EnterpriseRules
{
    public const int MaxNameLength = 200;
    public const int MaxTags = 20;
    public const int MaxPeople = 10_000_000;
    /// <summary>10¹⁴ yuan: far above any real figure, and stored in fen it stays well inside a 64-bit integer.</summary>
    public const decimal MaxMoney = 100_000_000_000_000m;

    /// <summary>Returns every problem; <paramref name="normalised"/> holds the cleaned data (USCC upper-cased, kind derived, …).</summary>
    public static List<(string Field, string Message)> Validate(EnterpriseData data, out EnterpriseData normalised)
    {
        var problems = new List<(string, string)>();
        var uscc = Uscc.Check(data.Uscc);
        var kind = data.Kind;
        if (!uscc.IsValid) problems.Add(("uscc", uscc.Error!));
        else if (UsccCodes.MarketEntityKind(uscc.Value) is not { } coded)
            problems.Add(("uscc", $"代码“{uscc.Value[..2]}”不是市场主体：企业、个体工商户、农民专业合作社的代码以 91、92、93 开头"));
        else if (kind is { } k && k != coded)
            problems.Add(("kind", $"主体类型“{k.Title()}”与统一社会信用代码第 2 位（{coded.Title()}）不一致"));
        else kind = coded;

        var name = (data.Name ?? "").Trim();
        if (name.Length == 0) problems.Add(("name", "名称不能为空"));
        else if (name.Length > MaxNameLength) problems.Add(("name", $"名称不能超过 {MaxNameLength} 个字"));

        string? industry = null;
        if (!string.IsNullOrWhiteSpace(data.IndustryCode))
        {
            if (IndustryCodes.TryNormalise(data.IndustryCode, out var code, out var error)) industry = code;
            else problems.Add(("industry", error!));
        }

        Money(problems, "registered_capital", data.RegisteredCapital);
        Money(problems, "revenue", data.Revenue);
        Money(problems, "tax_paid", data.TaxPaid);
        People(problems, "employees", data.Employees);
        People(problems, "insured_employees", data.InsuredEmployees);

        var unknownTag = data.Tags.FirstOrDefault(t => !EnterpriseTags.IsKnown(t));
        if (unknownTag is not null) problems.Add(("tags", $"标签“{unknownTag}”不在标签目录中；可用：{string.Join("、", EnterpriseTags.Known)}"));
        else if (data.Tags.Count > MaxTags) problems.Add(("tags", $"标签不能超过 {MaxTags} 个"));
        var tags = EnterpriseTags.Known.Where(data.Tags.Contains).ToList();

        normalised = data with { Uscc = uscc.Value, Name = name, Kind = kind, IndustryCode = industry, Tags = tags };
        return problems;
    }

    private static void Money(List<(string, string)> problems, string field, decimal? value)
    {
        if (value is not { } v) return;
        if (v < 0) problems.Add((field, "金额不能为负数"));
        else if (v >= MaxMoney) problems.Add((field, "金额超出合理范围（单位为元）"));
        else if (decimal.Round(v, 2) != v) problems.Add((field, "金额最多保留两位小数（单位为元）"));
    }

    private static void People(List<(string, string)> problems, string field, int? value)
    {
        if (value is not { } v) return;
        if (v < 0) problems.Add((field, "人数不能为负数"));
        else if (v > MaxPeople) problems.Add((field, "人数超出合理范围"));
    }
}
