namespace Yingshang.Eligibility.Data;

/// <summary>
/// What the rules can see of one market entity. Money is in yuan with at most two decimals (fen);
/// enumerations use the values named in the language reference; null means the register has no value.
/// </summary>
public sealed record EnterpriseFacts
{
    public string? Kind { get; init; }
    public string? County { get; init; }
    public string? Industry { get; init; }
    public DateOnly? Established { get; init; }
    public decimal? RegisteredCapital { get; init; }
    public int? Employees { get; init; }
    public int? InsuredEmployees { get; init; }
    public decimal? Revenue { get; init; }
    public decimal? TaxPaid { get; init; }
    public string? TaxCredit { get; init; }
    public string? Size { get; init; }
    public IReadOnlyCollection<string>? Tags { get; init; }
    public bool? Abnormal { get; init; }
    public bool? Dishonest { get; init; }
    public string? RiskClass { get; init; }
}
