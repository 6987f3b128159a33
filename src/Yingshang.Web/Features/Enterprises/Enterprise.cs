using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises;

/// <summary>A market entity (市场主体) of the register, keyed by its USCC. Null fields are unknown; the size is derived.</summary>
public sealed class Enterprise : Entity
{
    private Enterprise() { }

    public string Uscc { get; private set; } = "";
    public string Name { get; private set; } = "";
    public EnterpriseKind Kind { get; private set; }
    public int? CountyId { get; private set; }
    public string? IndustryCode { get; private set; }
    /// <summary>The GB/T 4754 门类 letter of <see cref="IndustryCode"/>, kept for filtering.</summary>
    public string? IndustrySection { get; private set; }
    public DateOnly? Established { get; private set; }
    public decimal? RegisteredCapital { get; private set; }
    public int? Employees { get; private set; }
    public int? InsuredEmployees { get; private set; }
    public decimal? Revenue { get; private set; }
    public decimal? TaxPaid { get; private set; }
    public TaxCreditGrade? TaxCredit { get; private set; }
    public SizeClass? Size { get; private set; }
    public IReadOnlyList<string> Tags { get; private set; } = [];
    public bool? Abnormal { get; private set; }
    public bool? Dishonest { get; private set; }
    public CreditRiskClass? RiskClass { get; private set; }

    public static Enterprise Register(EnterpriseData data)
    {
        var enterprise = new Enterprise();
        enterprise.Apply(data);
        return enterprise;
    }

    /// <summary>Replaces every fact with <paramref name="data"/> (an empty value makes the fact unknown); the USCC cannot change.</summary>
    public void Update(EnterpriseData data)
    {
        if (Uscc.Length > 0 && Contracts.Uscc.Normalise(data.Uscc) != Uscc)
            throw new BusinessRuleException("uscc-immutable", "统一社会信用代码是主体的标识，不能修改");
        Apply(data);
    }

    public SizeAssessment AssessSize() => SizeClassifier.Classify(IndustryCode, Employees, Revenue);

    private void Apply(EnterpriseData data)
    {
        var problems = EnterpriseRules.Validate(data, out var clean);
        if (problems.Count > 0) throw new FieldValidationException(problems[0].Field, problems[0].Message);
        Uscc = clean.Uscc;
        Name = clean.Name;
        Kind = clean.Kind!.Value;
        CountyId = clean.CountyId;
        IndustryCode = clean.IndustryCode;
        IndustrySection = clean.IndustryCode?[..1];
        Established = clean.Established;
        RegisteredCapital = clean.RegisteredCapital;
        Employees = clean.Employees;
        InsuredEmployees = clean.InsuredEmployees;
        Revenue = clean.Revenue;
        TaxPaid = clean.TaxPaid;
        TaxCredit = clean.TaxCredit;
        if (!Tags.SequenceEqual(clean.Tags, StringComparer.Ordinal)) Tags = [.. clean.Tags];
        Abnormal = clean.Abnormal;
        Dishonest = clean.Dishonest;
        RiskClass = clean.RiskClass;
        Size = AssessSize().Class;
    }
}
