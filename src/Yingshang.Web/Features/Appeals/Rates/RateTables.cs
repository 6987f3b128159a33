using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// The counts of one (month, department, county), in <see cref="RateVector.Columns"/>. Derived data: deltas are added by
/// <see cref="RateDeltaWriter"/> to the save of the change they follow, everything else is written by SQL
/// (<see cref="RateCompactionJob"/>, <see cref="RateRollupBuilder"/>); neither audited nor versioned like the platform's
/// entities: the audit trail has the appeals' changes they follow.
/// </summary>
public abstract class RateTally
{
    // One setter per column of RateVector.Columns, so that list is the only one to keep.
    private static readonly Action<RateTally, int>[] Setters =
        [.. RateVector.Columns.Select(c => typeof(RateTally).GetProperty(c)!.SetMethod!.CreateDelegate<Action<RateTally, int>>())];

    protected void Set(RateKey key, RateVector counts)
    {
        (Month, DepartmentId, RegionId) = (key.Month, key.DepartmentId, key.RegionId);
        for (var i = 0; i < Setters.Length; i++) Setters[i](this, counts.Values[i]);
    }

    public int Month { get; private set; }
    public int DepartmentId { get; private set; }
    public int RegionId { get; private set; }
    public int Dispatched { get; private set; }
    public int SignedCount { get; private set; }
    public int SignedOnTime { get; private set; }
    public int Contacted { get; private set; }
    public int ContactedOnTime { get; private set; }
    public int Replied { get; private set; }
    public int ClosedOnTime { get; private set; }
    public int Visited { get; private set; }
    public int Resolved { get; private set; }
    public int Rated { get; private set; }
    public int Satisfied { get; private set; }
    public int BasicSatisfied { get; private set; }
    public int RepliedOrReopened { get; private set; }
    public int Reopened { get; private set; }
    public int Assignments { get; private set; }
    public int Returns { get; private set; }
    public int Received { get; private set; }
    public int Answered { get; private set; }
}

/// <summary>The folded counts: one row per key (table <c>appeals_rate_rollup</c>).</summary>
public sealed class RateRollupRow : RateTally;

/// <summary>A change not folded yet: insert-only, so intake never waits on a shared row (table <c>appeals_rate_delta</c>).</summary>
public sealed class RateDeltaRow : RateTally, Platform.Persistence.IDerivedRow
{
    private RateDeltaRow() { }

    public RateDeltaRow(RateKey key, RateVector counts) => Set(key, counts);

    public long Id { get; private set; }
}

/// <summary>The roll-up's version once it was built; absent (or older) means "rebuild at start-up".</summary>
public sealed class RateRollupMarker
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public DateTime RebuiltAt { get; private set; }
}

internal sealed class RateRollupConfiguration : IEntityTypeConfiguration<RateRollupRow>
{
    public void Configure(EntityTypeBuilder<RateRollupRow> builder)
    {
        builder.ToTable("appeals_rate_rollup");
        builder.HasKey(x => new { x.Month, x.DepartmentId, x.RegionId });
    }
}

internal sealed class RateDeltaConfiguration : IEntityTypeConfiguration<RateDeltaRow>
{
    public void Configure(EntityTypeBuilder<RateDeltaRow> builder)
    {
        builder.ToTable("appeals_rate_delta");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.HasIndex(x => x.Month);
    }
}

internal sealed class RateRollupMarkerConfiguration : IEntityTypeConfiguration<RateRollupMarker>
{
    public void Configure(EntityTypeBuilder<RateRollupMarker> builder)
    {
        builder.ToTable("appeals_rate_rollup_marker");
        builder.Property(x => x.Id).ValueGeneratedNever();
    }
}
