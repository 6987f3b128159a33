namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>
/// What other capabilities may know about a market entity (the policy engine's input, an inspection roster row).
/// Null is unknown, never zero. Money in yuan.
/// </summary>
public record EnterpriseFacts
{
    public required string Uscc { get; init; }
    public required string Name { get; init; }
    public EnterpriseKind Kind { get; init; }
    public string? County { get; init; }
    /// <summary>GB/T 4754-2017 code such as C3911; may be a section letter or a 2–3 digit class.</summary>
    public string? IndustryCode { get; init; }
    public string? IndustrySection { get; init; }
    public DateOnly? Established { get; init; }
    public decimal? RegisteredCapital { get; init; }
    public int? Employees { get; init; }
    public int? InsuredEmployees { get; init; }
    public decimal? Revenue { get; init; }
    public decimal? TaxPaid { get; init; }
    public TaxCreditGrade? TaxCredit { get; init; }
    public SizeClass? Size { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool? Abnormal { get; init; }
    public bool? Dishonest { get; init; }
    public CreditRiskClass? RiskClass { get; init; }
}

/// <summary>Filters shared by the register's list, its export and other capabilities' queries; every field is optional.</summary>
public sealed record EnterpriseFilter
{
    /// <summary>Part of the name, or the beginning of the USCC.</summary>
    public string? Text { get; init; }
    /// <summary>County name as in the organisation's regions (东城县).</summary>
    public string? County { get; init; }
    /// <summary>Section letter or code prefix (C, C39, C3911).</summary>
    public string? Industry { get; init; }
    public SizeClass? Size { get; init; }
    /// <summary>Only enterprises whose size is unknown.</summary>
    public bool SizeUnknown { get; init; }
    public string? Tag { get; init; }
    public EnterpriseKind? Kind { get; init; }
    public CreditRiskClass? RiskClass { get; init; }
}
