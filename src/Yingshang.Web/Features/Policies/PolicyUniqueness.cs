using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies;

/// <summary>A benefit code belongs to one policy, and an issuer's 文号 to one policy (unique indexes back both).</summary>
internal static class PolicyUniqueness
{
    public static async Task EnsureAsync(AppDbContext db, Policy policy, CancellationToken ct)
    {
        var codes = policy.Benefits.Select(b => b.Code).ToList();
        var taken = await db.Benefits.Where(b => b.PolicyId != policy.Id && codes.Contains(b.Code)).Select(b => b.Code).FirstOrDefaultAsync(ct);
        if (taken is not null) throw new BusinessRuleException("benefit-code-taken", $"兑现事项编码“{taken}”已被其他政策使用");
        if (await db.Policies.AnyAsync(p => p.Id != policy.Id && p.Number == policy.Number && p.Issuer == policy.Issuer, ct))
            throw new BusinessRuleException("policy-number-taken", $"{policy.Issuer} 的文号“{policy.Number}”已登记");
    }

    /// <summary>Saves; when another save took a code or the 文号 after the check, says which, as the check would have.</summary>
    public static async Task SaveAsync(AppDbContext db, Policy policy, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (KeyViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            await EnsureAsync(db, policy, ct);
            throw;
        }
    }
}
