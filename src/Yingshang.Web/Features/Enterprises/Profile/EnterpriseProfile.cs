using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Profile;

/// <summary>An enterprise's facts with what the platform derived from them: the industry's name and the size rule applied.</summary>
public sealed record EnterpriseDetails : EnterpriseFacts
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public EnterpriseDetails(EnterpriseFacts facts) : base(facts) { }

    [JsonPropertyOrder(1)]
    public string? IndustryName { get; init; }
    [JsonPropertyOrder(1)]
    public string? IndustrySectionName { get; init; }
    /// <summary>The 划型 rule and the figures that decided <see cref="EnterpriseFacts.Size"/>, or why it is unknown.</summary>
    [JsonPropertyOrder(1)]
    public string SizeBasis { get; init; } = "";
    [JsonPropertyOrder(1)]
    public DateTime UpdatedAt { get; init; }
    [JsonPropertyOrder(1)]
    public string UpdatedBy { get; init; } = "";
}

public sealed class EnterpriseProfile(AppDbContext db)
{
    /// <summary>Null when absent; <see cref="FieldValidationException"/> (422) when the USCC is malformed.</summary>
    public async Task<EnterpriseDetails?> FindAsync(string uscc, CancellationToken ct)
    {
        var check = Uscc.Check(uscc);
        if (!check.IsValid) throw new FieldValidationException("uscc", check.Error!);
        var query = db.Enterprises.AsNoTracking().Where(e => e.Uscc == check.Value);
        var facts = await query.ToFacts(db).FirstOrDefaultAsync(ct);
        if (facts is null) return null;
        var stamp = await query.Select(e => new { e.UpdatedAt, e.UpdatedBy }).FirstAsync(ct);
        return new EnterpriseDetails(facts)
        {
            IndustryName = facts.IndustryCode is null ? null : IndustryCodes.Describe(facts.IndustryCode),
            IndustrySectionName = facts.IndustrySection is null ? null : IndustryCodes.SectionName(facts.IndustrySection[0]),
            SizeBasis = SizeClassifier.Classify(facts.IndustryCode, facts.Employees, facts.Revenue).Explanation,
            UpdatedAt = stamp.UpdatedAt,
            UpdatedBy = stamp.UpdatedBy,
        };
    }
}
