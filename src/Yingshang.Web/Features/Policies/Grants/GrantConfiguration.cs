using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yingshang.Web.Features.Policies.Grants;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("policies_grant");
        builder.Property(x => x.BenefitCode).HasMaxLength(40);
        builder.Property(x => x.BenefitName).HasMaxLength(200);
        builder.Property(x => x.Uscc).HasMaxLength(18);
        builder.Property(x => x.EnterpriseName).HasMaxLength(200);
        builder.Property(x => x.County).HasMaxLength(50);
        builder.Property(x => x.Amount).HasPrecision(18, 2);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.BankName).HasMaxLength(100);
        builder.Property(x => x.AccountName).HasMaxLength(200);
        builder.Property(x => x.AccountNumber).HasMaxLength(30);
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.Property(x => x.MissingFields).HasMaxLength(400);
        builder.Property(x => x.Supplement).HasMaxLength(4000);
        builder.Ignore(x => x.Missing);
        builder.Ignore(x => x.HasMoney);
        // A re-run must not open a second case for the same enterprise, benefit and policy period.
        builder.HasIndex(x => new { x.BenefitCode, x.Uscc, x.PeriodFrom }).IsUnique();
        builder.HasIndex(x => new { x.Uscc, x.Status });
        builder.HasIndex(x => new { x.DepartmentId, x.Status });
        builder.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Payments).WithOne().HasForeignKey(p => p.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GrantStepConfiguration : IEntityTypeConfiguration<GrantStep>
{
    public void Configure(EntityTypeBuilder<GrantStep> builder)
    {
        builder.ToTable("policies_grant_step");
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.Action).HasMaxLength(100);
        builder.Property(x => x.Note).HasMaxLength(4000);
    }
}

internal sealed class GrantPaymentConfiguration : IEntityTypeConfiguration<GrantPayment>
{
    public void Configure(EntityTypeBuilder<GrantPayment> builder)
    {
        builder.ToTable("policies_payment");
        builder.Property(x => x.Amount).HasPrecision(18, 2);
        builder.Property(x => x.VoucherNumber).HasMaxLength(40);
        builder.HasIndex(x => x.VoucherNumber).IsUnique();
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.ReturnReason).HasMaxLength(500);
    }
}
