using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>
/// One dispatch and the suggestion made for it: whether the person took the suggested lead department, and whether the
/// appeal later came back by an approved return (退单) — the two numbers DESIGN.md asks the system to track.
/// </summary>
public sealed class DispatchSuggestionRecord : Entity
{
    private DispatchSuggestionRecord() { }

    public DispatchSuggestionRecord(int appealId, int suggestedId, double confidence, int chosenId, DateTime at)
    {
        AppealId = appealId;
        SuggestedDepartmentId = suggestedId;
        ConfidencePermille = (int)Math.Round(confidence * 1000);
        ChosenDepartmentId = chosenId;
        Taken = suggestedId == chosenId;
        DispatchedAt = at;
    }

    public int AppealId { get; private set; }
    public int SuggestedDepartmentId { get; private set; }

    /// <summary>Confidence × 1000, an integer so that both databases compare it the same way.</summary>
    public int ConfidencePermille { get; private set; }

    public int ChosenDepartmentId { get; private set; }
    public bool Taken { get; private set; }
    public DateTime DispatchedAt { get; private set; }
    public bool Returned { get; private set; }

    public void MarkReturned() => Returned = true;
}

internal sealed class DispatchSuggestionRecordConfiguration : IEntityTypeConfiguration<DispatchSuggestionRecord>
{
    public void Configure(EntityTypeBuilder<DispatchSuggestionRecord> builder)
    {
        builder.ToTable("appeals_dispatch_suggestion");
        builder.HasIndex(x => x.AppealId);
        builder.HasIndex(x => x.DispatchedAt);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.SuggestedDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.ChosenDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
