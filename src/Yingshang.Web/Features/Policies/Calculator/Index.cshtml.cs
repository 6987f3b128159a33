using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;
using Facts = Yingshang.Eligibility.Data.EnterpriseFacts;

namespace Yingshang.Web.Features.Policies.Calculator;

/// <summary>What someone types instead of choosing a registered enterprise; empty means unknown.</summary>
public sealed class TypedAttributes
{
    public string? Kind { get; set; }
    public string? County { get; set; }
    public string? Industry { get; set; }
    public DateOnly? Established { get; set; }
    public int? Employees { get; set; }
    public int? InsuredEmployees { get; set; }
    public decimal? RegisteredCapital { get; set; }
    public decimal? Revenue { get; set; }
    public decimal? TaxPaid { get; set; }
    public string? TaxCredit { get; set; }
    public string? Size { get; set; }
    /// <summary>Never null: <c>"tags": null</c> in a body means no tags.</summary>
    public List<string> Tags { get => _tags; set => _tags = value ?? []; }
    public bool? Abnormal { get; set; }
    public bool? Dishonest { get; set; }
    public string? RiskClass { get; set; }

    public bool IsEmpty => Kind is null && County is null && Industry is null && Established is null && Employees is null && Revenue is null && Tags.Count == 0;

    public Facts ToFacts() => new()
    {
        Kind = Kind, County = County, Industry = Industry?.Trim().ToUpperInvariant(), Established = Established, Employees = Employees,
        InsuredEmployees = InsuredEmployees, RegisteredCapital = Round(RegisteredCapital), Revenue = Round(Revenue), TaxPaid = Round(TaxPaid),
        TaxCredit = TaxCredit, Size = Size, Tags = Tags, Abnormal = Abnormal, Dishonest = Dishonest, RiskClass = RiskClass,
    };

    private List<string> _tags = [];

    // The engine holds money in fen and refuses more decimals.
    private static decimal? Round(decimal? yuan) => yuan is { } v ? decimal.Round(v, 2) : null;
}

public sealed class IndexModel(PolicyCalculator calculator, IEnterpriseDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Uscc { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public TypedAttributes Input { get; set; } = new();

    public EnterpriseFacts? Enterprise { get; private set; }
    public CalculatorResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var date = AsOf ?? Platform.Time.ChinaTime.Today(clock);
        if (!string.IsNullOrWhiteSpace(Uscc))
        {
            var check = Enterprises.Contracts.Uscc.Check(Uscc);
            if (!check.IsValid) { ModelState.AddModelError(nameof(Uscc), check.Error!); return; }
            Enterprise = await directory.FindAsync(check.Value, ct);
            if (Enterprise is null) { ModelState.AddModelError(nameof(Uscc), "企业名录中没有该统一社会信用代码"); return; }
            Result = await calculator.CalculateAsync(PolicyEvaluator.ToFacts(Enterprise), date, ct);
        }
        else if (!Input.IsEmpty && ModelState.IsValid)
        {
            Result = await calculator.CalculateAsync(Input.ToFacts(), date, ct);
        }
    }
}
