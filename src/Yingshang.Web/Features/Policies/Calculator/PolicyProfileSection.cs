using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;

namespace Yingshang.Web.Features.Policies.Calculator;

/// <summary>The 一企一档 page's 惠企政策 section: benefits the enterprise qualifies for today and those it is one condition short of.</summary>
internal sealed class PolicyProfileSection(PolicyCalculator calculator, TimeProvider clock) : IEnterpriseProfileSection
{
    public string Title => "惠企政策";

    public int Order => 200;

    public async Task<ProfileSectionContent?> BuildAsync(EnterpriseFacts enterprise, CancellationToken ct)
    {
        var result = await calculator.CalculateAsync(PolicyEvaluator.ToFacts(enterprise), Platform.Time.ChinaTime.Today(clock), ct);
        return new ProfileSectionContent("/Features/Policies/Calculator/_EnterpriseBenefits.cshtml", new EnterpriseBenefits(enterprise.Uscc, result));
    }
}

public sealed record EnterpriseBenefits(string Uscc, CalculatorResult Result);
