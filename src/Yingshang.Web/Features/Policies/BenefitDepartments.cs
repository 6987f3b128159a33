using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies;

/// <summary>The paying departments a policy's benefits name, checked against the organisation when the policy is saved.</summary>
internal static class BenefitDepartments
{
    /// <summary>A match run opens a benefit's cases only in a department it knows: an unknown code would open none, silently.</summary>
    public static async Task CheckAsync(AppDbContext db, IReadOnlyList<string?> named, FieldErrors errors, CancellationToken ct)
    {
        var codes = named.Select(Normalise).OfType<string>().Distinct().ToList();
        if (codes.Count == 0) return;
        var known = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct);
        for (var i = 0; i < named.Count; i++)
        {
            if (Normalise(named[i]) is { } code && !known.Contains(code))
                errors.Add($"benefits[{i}].department", $"部门编码“{code}”不存在，请从部门列表中选择兑现部门");
        }
    }

    private static string? Normalise(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToLowerInvariant();
}
