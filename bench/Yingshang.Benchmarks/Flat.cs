using Yingshang.Eligibility.Data;

namespace Yingshang.Benchmarks;

/// <summary>The input the other engines see: the same facts with age_years and the section precomputed at asOf, as our register does.</summary>
public sealed class Flat
{
    public int Index { get; init; }
    public string? Kind { get; init; }
    public string? County { get; init; }
    public string? Industry { get; init; }
    public string? Section { get; init; }
    public int? Established { get; init; }
    public decimal? Age { get; init; }
    public decimal? RegisteredCapital { get; init; }
    public decimal? Employees { get; init; }
    public decimal? InsuredEmployees { get; init; }
    public decimal? Revenue { get; init; }
    public decimal? TaxPaid { get; init; }
    public string? TaxCredit { get; init; }
    public string? Size { get; init; }
    public HashSet<string> Tags { get; init; } = [];
    public bool? Abnormal { get; init; }
    public bool? Dishonest { get; init; }
    public string? RiskClass { get; init; }

    internal static Flat From(int index, EnterpriseFacts e, DateOnly asOf) => new()
    {
        Index = index,
        Kind = e.Kind,
        County = e.County,
        Industry = e.Industry,
        Section = FactValues.SectionOf(e.Industry),
        Established = e.Established?.DayNumber,
        Age = e.Established is { } d ? AgeAt(d, asOf) : null,
        RegisteredCapital = e.RegisteredCapital,
        Employees = e.Employees,
        InsuredEmployees = e.InsuredEmployees,
        Revenue = e.Revenue,
        TaxPaid = e.TaxPaid,
        TaxCredit = e.TaxCredit,
        Size = e.Size,
        Tags = [.. e.Tags ?? []],
        Abnormal = e.Abnormal,
        Dishonest = e.Dishonest,
        RiskClass = e.RiskClass,
    };

    private static decimal AgeAt(DateOnly established, DateOnly asOf) =>
        (decimal)Yingshang.Eligibility.Data.Age.WholeYears(established, asOf);
}
