using Yingshang.Web.Features.Enterprises.Contracts;
using C = Yingshang.Web.Features.Enterprises.Import.ImportColumns;

namespace Yingshang.Web.Features.Enterprises.Import;

/// <summary>Turns one row of cells (keyed by column name) into <see cref="EnterpriseData"/>, or into every error it has.</summary>
public sealed class EnterpriseRowParser(IReadOnlyDictionary<string, int> countyIds, DateOnly today)
{
    public static readonly DateOnly EarliestEstablished = new(1900, 1, 1);

    public (EnterpriseData? Data, List<ImportError> Errors) Parse(int row, IReadOnlyDictionary<string, object?> cells)
    {
        var errors = new List<ImportError>();
        T? Read<T>(string column, Func<object?, T?> read)
        {
            try
            {
                return read(cells.GetValueOrDefault(column));
            }
            catch (FormatException e)
            {
                errors.Add(new(row, column, e.Message));
                return default;
            }
        }

        if (cells.GetValueOrDefault(C.Uscc) is double)
            errors.Add(new(row, C.Uscc, "统一社会信用代码单元格为数字格式，精度已丢失；请将该列设为文本后重新录入"));
        var data = new EnterpriseData
        {
            Uscc = Cells.Text(cells.GetValueOrDefault(C.Uscc)) ?? "",
            Name = Cells.Text(cells.GetValueOrDefault(C.Name)) ?? "",
            Kind = Read(C.Kind, ParseKind),
            CountyId = Read(C.County, ParseCounty),
            IndustryCode = Cells.Text(cells.GetValueOrDefault(C.Industry)),
            Established = Read(C.Established, ParseEstablished),
            RegisteredCapital = Read(C.RegisteredCapital, Cells.Number),
            Employees = Read(C.Employees, Cells.WholeNumber),
            InsuredEmployees = Read(C.InsuredEmployees, Cells.WholeNumber),
            Revenue = Read(C.Revenue, Cells.Number),
            TaxPaid = Read(C.TaxPaid, Cells.Number),
            TaxCredit = Read(C.TaxCredit, Cells.Grade<TaxCreditGrade>),
            Tags = EnterpriseTags.Split(Cells.Text(cells.GetValueOrDefault(C.Tags))),
            Abnormal = Read(C.Abnormal, Cells.Boolean),
            Dishonest = Read(C.Dishonest, Cells.Boolean),
            RiskClass = Read(C.RiskClass, Cells.Grade<CreditRiskClass>),
        };
        var reported = errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
        var problems = EnterpriseRules.Validate(data, out var clean);
        foreach (var (field, message) in problems)
            if (reported.Add(field)) errors.Add(new(row, field, message));
        errors.Sort((a, b) => Position(a.Column).CompareTo(Position(b.Column)));
        return errors.Count == 0 ? (clean, errors) : (null, errors);
    }

    private static int Position(string column) => C.All.Select(c => c.Name).ToList().IndexOf(column);

    private static EnterpriseKind? ParseKind(object? cell)
    {
        var text = Cells.Text(cell);
        if (text is null) return null;
        return EnterpriseTitles.ParseKind(text) ?? throw new FormatException($"“{text}”不是有效的主体类型（企业、个体工商户、农民专业合作社）");
    }

    private int? ParseCounty(object? cell)
    {
        var text = Cells.Text(cell);
        if (text is null) return null;
        return countyIds.TryGetValue(text, out var id)
            ? id
            : throw new FormatException($"“{text}”不是本州的县市；可选：{string.Join("、", countyIds.Keys)}");
    }

    private DateOnly? ParseEstablished(object? cell)
    {
        var date = Cells.Date(cell);
        if (date > today) throw new FormatException($"成立日期 {date:yyyy-MM-dd} 晚于今天");
        if (date < EarliestEstablished) throw new FormatException($"成立日期 {date:yyyy-MM-dd} 早于 1900 年");
        return date;
    }
}
