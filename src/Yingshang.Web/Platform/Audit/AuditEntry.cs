using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// One state change. Append-only; written unsealed in the transaction of the change, then <see cref="Seal"/>ed by
/// <see cref="AuditSealer"/>, which gives it its place in the chain (<see cref="Seq"/>) and links it to the entry before.
/// </summary>
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

    /// <summary>Position in the chain, 1, 2, 3 … without gaps; null until sealed.</summary>
    public long? Seq { get; private set; }

    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public bool IsSealed => Seq is not null;

    internal void Seal(long seq, string previousHash)
    {
        if (Seq is not null) throw new InvalidOperationException($"审计记录 {Id} 已封链");
        Seq = seq;
        PreviousHash = previousHash;
        Hash = AuditHash.Compute(this);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("platform_audit_log");
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.EntityType).HasMaxLength(128);
        builder.Property(x => x.EntityKey).HasMaxLength(256);
        builder.Property(x => x.PreviousHash).HasMaxLength(64);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.HasIndex(x => new { x.EntityType, x.EntityKey });
        builder.HasIndex(x => x.At);
        builder.HasIndex(x => x.Seq).IsUnique();
        // The sealer's work list: small, because it is sealed within a second or so.
        builder.HasIndex(x => x.Id).HasFilter("\"Seq\" IS NULL").HasDatabaseName("IX_platform_audit_log_unsealed");
    }
}
