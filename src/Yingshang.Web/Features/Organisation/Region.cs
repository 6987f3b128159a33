using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation;

public enum RegionLevel { Prefecture, County }

/// <summary>An administrative area: the prefecture (州) and its counties and county-level cities (县市).</summary>
public sealed class Region : Entity
{
    private Region() { }

    public Region(string code, string name, RegionLevel level, int? parentId)
    {
        Code = code;
        Name = name;
        Level = level;
        ParentId = parentId;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public RegionLevel Level { get; private set; }
    public int? ParentId { get; private set; }

    public void Rename(string name) => Name = name;
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("organisation_region");
        builder.Property(x => x.Code).HasMaxLength(16);
        builder.Property(x => x.Name).HasMaxLength(50);
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
