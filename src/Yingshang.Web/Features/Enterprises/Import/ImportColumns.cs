namespace Yingshang.Web.Features.Enterprises.Import;

public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportResult(int Imported, int Updated, IReadOnlyList<ImportError> Errors);

/// <summary>The import file's columns: English names as the API documents them, Chinese titles accepted as well.</summary>
public static class ImportColumns
{
    public const string Uscc = "uscc";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string County = "county";
    public const string Industry = "industry";
    public const string Established = "established";
    public const string RegisteredCapital = "registered_capital";
    public const string Employees = "employees";
    public const string InsuredEmployees = "insured_employees";
    public const string Revenue = "revenue";
    public const string TaxPaid = "tax_paid";
    public const string TaxCredit = "tax_credit";
    public const string Tags = "tags";
    public const string Abnormal = "abnormal";
    public const string Dishonest = "dishonest";
    public const string RiskClass = "risk_class";
    public const string Size = "size";
    public const string IndustryName = "industry_name";

    public static readonly IReadOnlyList<(string Name, string Title)> All =
    [
        (Uscc, "统一社会信用代码"), (Name, "名称"), (Kind, "主体类型"), (County, "所属县市"), (Industry, "行业代码"),
        (Established, "成立日期"), (RegisteredCapital, "注册资本（元）"), (Employees, "从业人员"), (InsuredEmployees, "参保人数"),
        (Revenue, "营业收入（元）"), (TaxPaid, "纳税额（元）"), (TaxCredit, "纳税信用等级"), (Tags, "标签"),
        (Abnormal, "经营异常"), (Dishonest, "严重失信"), (RiskClass, "信用风险分类"),
    ];

    /// <summary>Columns the export adds; derived by the platform, so the import accepts and ignores them.</summary>
    public static readonly IReadOnlyList<(string Name, string Title)> Derived = [(Size, "企业规模"), (IndustryName, "行业名称")];

    public static string Title(string column) => All.Concat(Derived).FirstOrDefault(c => c.Name == column).Title ?? column;

    /// <summary>Maps each column to its position; every unknown, repeated or missing column is an error on row 1.</summary>
    public static (Dictionary<string, int> Positions, List<ImportError> Errors) ReadHeader(IReadOnlyList<object?> header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = Convert.ToString(header[i], System.Globalization.CultureInfo.InvariantCulture)?.Trim().Trim('\uFEFF') ?? "";
            if (text.Length == 0) continue;
            if (Match(text, Derived) is not null) continue;
            var column = Match(text, All);
            if (column is null)
                errors.Add(new(1, text, $"未知列“{text}”；应为：{string.Join(",", All.Select(c => c.Name))}"));
            else if (!positions.TryAdd(column, i))
                errors.Add(new(1, column, $"列“{column}”重复出现"));
        }
        foreach (var (name, title) in All.Where(c => !positions.ContainsKey(c.Name)))
            errors.Add(new(1, name, $"缺少列“{name}”（{title}）"));
        return (positions, errors);
    }

    private static string? Match(string text, IReadOnlyList<(string Name, string Title)> columns)
    {
        var lower = text.ToLowerInvariant();
        foreach (var (name, title) in columns)
        {
            var bare = title.Split('（')[0];
            if (lower == name || text == title || text == bare) return name;
        }
        return null;
    }
}
