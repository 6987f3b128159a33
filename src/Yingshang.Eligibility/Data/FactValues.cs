using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Data;

/// <summary>Field values of one enterprise as the language sees them (numbers as decimal, tags sorted).</summary>
internal static class FactValues
{
    public static object? Get(EnterpriseFacts e, FieldId field, DateOnly asOf) => field switch
    {
        FieldId.Kind => e.Kind,
        FieldId.County => e.County,
        FieldId.Industry => e.Industry,
        FieldId.IndustrySection => SectionOf(e.Industry),
        FieldId.Established => e.Established,
        FieldId.AgeYears => e.Established is { } d ? (decimal)Age.WholeYears(d, asOf) : null,
        FieldId.RegisteredCapital => e.RegisteredCapital,
        FieldId.Employees => (decimal?)e.Employees,
        FieldId.InsuredEmployees => (decimal?)e.InsuredEmployees,
        FieldId.Revenue => e.Revenue,
        FieldId.TaxPaid => e.TaxPaid,
        FieldId.TaxCredit => e.TaxCredit,
        FieldId.Size => e.Size,
        FieldId.Tags => (e.Tags ?? []).Distinct().Order(StringComparer.Ordinal).ToArray(),
        FieldId.Abnormal => e.Abnormal,
        FieldId.Dishonest => e.Dishonest,
        FieldId.RiskClass => e.RiskClass,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>GB/T 4754 codes start with their section letter (C3911 → C).</summary>
    public static string? SectionOf(string? industry) =>
        industry is { Length: > 0 } && char.IsAsciiLetterUpper(industry[0]) ? industry[..1] : null;
}

internal static class Age
{
    /// <summary>Whole years from establishment to asOf; an entity founded on 29 February turns a year older on 28 February.</summary>
    public static int WholeYears(DateOnly established, DateOnly asOf)
    {
        var years = asOf.Year - established.Year;
        return established.AddYears(years) > asOf ? years - 1 : years;
    }
}
