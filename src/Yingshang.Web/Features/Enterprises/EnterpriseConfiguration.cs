using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yingshang.Web.Features.Organisation;

namespace Yingshang.Web.Features.Enterprises;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    // Money is stored as integer fen: SQLite has no decimal type, and integers compare and sort in the database on both providers.
    private static readonly ValueConverter<decimal, long> Fen = new(v => (long)(v * 100m), v => v / 100m);

    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("enterprises_enterprise");
        builder.Property(x => x.Uscc).HasMaxLength(18).IsUnicode(false);
        builder.Property(x => x.Name).HasMaxLength(EnterpriseRules.MaxNameLength);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(x => x.IndustryCode).HasMaxLength(5).IsUnicode(false);
        builder.Property(x => x.IndustrySection).HasMaxLength(1).IsUnicode(false);
        builder.Property(x => x.RegisteredCapital).HasConversion(Fen).HasColumnName("RegisteredCapitalFen");
        builder.Property(x => x.Revenue).HasConversion(Fen).HasColumnName("RevenueFen");
        builder.Property(x => x.TaxPaid).HasConversion(Fen).HasColumnName("TaxPaidFen");
        builder.Property(x => x.TaxCredit).HasConversion<string>().HasMaxLength(1);
        builder.Property(x => x.Size).HasConversion<string>().HasMaxLength(8);
        builder.Property(x => x.RiskClass).HasConversion<string>().HasMaxLength(1);
        builder.PrimitiveCollection(x => x.Tags);
        builder.HasIndex(x => x.Uscc).IsUnique();
        builder.HasIndex(x => x.Name);
        builder.HasIndex(x => new { x.CountyId, x.Size });
        builder.HasIndex(x => x.IndustryCode);
        builder.HasIndex(x => x.RiskClass);
        builder.HasOne<Region>().WithMany().HasForeignKey(x => x.CountyId).OnDelete(DeleteBehavior.Restrict);
    }
}
