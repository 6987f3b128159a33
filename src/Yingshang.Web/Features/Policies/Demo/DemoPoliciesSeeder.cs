using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Demo;

/// <summary>Demo policies (DemoPolicies), only into an empty table; 稳工业26条's stay-in-work refund has a second rule version.</summary>
internal sealed class DemoPoliciesSeeder : ISeeder
{
    public int Order => 40;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Policies.AnyAsync(ct)) return;
        foreach (var request in DemoPolicies.All)
        {
            var policy = Policy.Issue(request.Title!, request.Issuer!, request.Number!, request.EffectiveFrom!.Value, request.EffectiveTo, request.Theme);
            foreach (var (b, i) in request.Benefits!.Select((b, i) => (b, i)))
                policy.AddBenefit(new BenefitDraft(b.Code!, b.Name!, b.Kind, b.Mode, b.Department, b.Rule!, b.Amount), $"benefits[{i}]");
            if (policy.Benefits.FirstOrDefault(b => b.Code == "WGY-03") is { } refund)
                refund.Revise("industry_section = \"C\" and insured_employees >= 5 and tax_credit in [\"A\", \"B\", \"M\"]",
                    "min(insured_employees * 600, 300000)", new DateOnly(2026, 7, 1));
            db.Policies.Add(policy);
        }
        await db.SaveChangesAsync(ct);
    }
}
