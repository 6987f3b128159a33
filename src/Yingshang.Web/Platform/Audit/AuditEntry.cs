using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yingshang.Web.Platform.Audit;

/// <summary>One state change. Append-only; <see cref="Hash"/> chains it to the previous entry.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string EntityKey { get; init; } = "";
    public string? Before { get; init; }
    public string? After { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; init; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("platform_audit_log");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.EntityType).HasMaxLength(128);
        builder.Property(x => x.EntityKey).HasMaxLength(256);
        builder.Property(x => x.PreviousHash).HasMaxLength(64);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.HasIndex(x => new { x.EntityType, x.EntityKey });
        builder.HasIndex(x => x.At);
    }
}
