using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public enum MatchRunStatus { Queued, Running, Completed, Failed }

/// <summary>
/// One evaluation of the whole register against every benefit in force at <see cref="AsOf"/>. Any instance may
/// claim it (<see cref="ILeased"/>); progress, the cursor and the running fingerprint are written per chunk, so an
/// instance that takes over after a crash continues after <see cref="Cursor"/>.
/// </summary>
public sealed class MatchRun : Entity, ILeased
{
    private MatchRun() { }

    public DateOnly AsOf { get; private set; }
    public MatchRunStatus Status { get; private set; }
    public int Total { get; private set; }
    public int Processed { get; private set; }
    /// <summary>The last USCC whose results are stored; enterprises are processed in USCC order.</summary>
    public string? Cursor { get; private set; }
    /// <summary>SHA-256 chained over every enterprise read so far (hex); the fingerprint folds in the rules at the end.</summary>
    public string? RegisterHash { get; private set; }
    /// <summary>SHA-256 (hex) of the rule versions used, asOf and the register as read: equal fingerprints give equal results.</summary>
    public string? Fingerprint { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public int GrantsCreated { get; private set; }
    public string? Error { get; private set; }
    public string? LeaseHolder { get; private set; }
    public DateTime? LeaseUntil { get; private set; }

    public static MatchRun Queue(DateOnly asOf) => new() { AsOf = asOf, Status = MatchRunStatus.Queued };

    public double Progress => Status == MatchRunStatus.Completed ? 1 : Total == 0 ? 0 : Math.Min(1, (double)Processed / Total);

    internal void Complete(string fingerprint, int grants, DateTime now)
    {
        if (Status is MatchRunStatus.Completed or MatchRunStatus.Failed)
            throw new BusinessRuleException("match-run.finished", "该匹配批次已结束");
        Status = MatchRunStatus.Completed;
        Fingerprint = fingerprint;
        GrantsCreated = grants;
        Total = Processed;
        FinishedAt = now;
        LeaseHolder = null;
        LeaseUntil = null;
    }
}

internal sealed class MatchRunConfiguration : IEntityTypeConfiguration<MatchRun>
{
    public void Configure(EntityTypeBuilder<MatchRun> builder)
    {
        builder.ToTable("policies_match_run");
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Cursor).HasMaxLength(18);
        builder.Property(x => x.RegisterHash).HasMaxLength(64);
        builder.Property(x => x.Fingerprint).HasMaxLength(64);
        builder.Property(x => x.Error).HasMaxLength(1000);
        builder.Property(x => x.LeaseHolder).HasMaxLength(200);
        builder.Ignore(x => x.Progress);
        builder.HasIndex(x => x.Status);
    }
}
