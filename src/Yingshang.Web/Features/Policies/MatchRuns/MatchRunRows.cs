using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Eligibility;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>
/// One benefit of a run: the rule version it used (frozen when the run starts, so a resumed run uses the same) and
/// the counts per outcome. Derived data written with set-based updates, like the result rows (README: storage).
/// </summary>
public sealed class MatchRunBenefit
{
    public int RunId { get; set; }
    public string BenefitCode { get; set; } = "";
    public string BenefitName { get; set; } = "";
    public BenefitMode Mode { get; set; }
    public int PolicyId { get; set; }
    public int RuleVersionId { get; set; }
    public int Eligible { get; set; }
    public int Ineligible { get; set; }
    public int Undetermined { get; set; }
    /// <summary>Sum of the amounts of the eligible enterprises (those whose amount is known).</summary>
    public decimal EligibleAmount { get; set; }
    /// <summary>The benefit names no paying department the organisation knows, so the run opened no cases for it.</summary>
    public bool NoPayingDepartment { get; set; }
}

/// <summary>An enterprise as a run read it (once per run, not per benefit): the ineligible are those without a result row.</summary>
public sealed class MatchRunEnterprise
{
    public int RunId { get; set; }
    public string Uscc { get; set; } = "";
    public string Name { get; set; } = "";
    public string? County { get; set; }
}

/// <summary>An (enterprise, benefit) pair of a run that is eligible or undetermined; ineligible pairs are not stored.</summary>
public sealed class MatchRunResult
{
    public int RunId { get; set; }
    public string BenefitCode { get; set; } = "";
    public string Uscc { get; set; } = "";
    public Outcome Outcome { get; set; }
    public decimal? Amount { get; set; }
}

internal sealed class MatchRunBenefitConfiguration : IEntityTypeConfiguration<MatchRunBenefit>
{
    public void Configure(EntityTypeBuilder<MatchRunBenefit> builder)
    {
        builder.ToTable("policies_match_benefit");
        builder.HasKey(x => new { x.RunId, x.BenefitCode });
        builder.Property(x => x.BenefitCode).HasMaxLength(40);
        builder.Property(x => x.BenefitName).HasMaxLength(200);
        builder.Property(x => x.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.EligibleAmount).HasPrecision(18, 2);
        builder.HasOne<MatchRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatchRunResultConfiguration : IEntityTypeConfiguration<MatchRunResult>
{
    public void Configure(EntityTypeBuilder<MatchRunResult> builder)
    {
        builder.ToTable("policies_match_result");
        builder.HasKey(x => new { x.RunId, x.BenefitCode, x.Uscc });
        builder.Property(x => x.BenefitCode).HasMaxLength(40);
        builder.Property(x => x.Uscc).HasMaxLength(18);
        // One character keeps 200k × 200 pairs compact: E eligible, U undetermined.
        builder.Property(x => x.Outcome).HasConversion(o => o == Outcome.Eligible ? "E" : "U", s => s == "E" ? Outcome.Eligible : Outcome.Undetermined).HasMaxLength(1);
        builder.Property(x => x.Amount).HasPrecision(18, 2);
        builder.HasOne<MatchRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatchRunEnterpriseConfiguration : IEntityTypeConfiguration<MatchRunEnterprise>
{
    public void Configure(EntityTypeBuilder<MatchRunEnterprise> builder)
    {
        builder.ToTable("policies_match_enterprise");
        builder.HasKey(x => new { x.RunId, x.Uscc });
        builder.Property(x => x.Uscc).HasMaxLength(18);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.County).HasMaxLength(50);
        builder.HasOne<MatchRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
