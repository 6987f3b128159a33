using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Features.Organisation;

namespace Yingshang.Web.Features.Appeals;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.ToTable("appeals_appeal");
        builder.Property(x => x.Number).HasMaxLength(32);
        builder.Property(x => x.TrackingCode).HasMaxLength(16);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(100);
        builder.Property(x => x.IdempotencyFingerprint).HasMaxLength(64);
        foreach (var name in new[] { nameof(Appeal.Status), nameof(Appeal.Type), nameof(Appeal.Urgency), nameof(Appeal.Channel),
                     nameof(Appeal.ReturnedFrom), nameof(Appeal.PausedFrom), nameof(Appeal.Extension) })
            builder.Property(name).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Address).HasMaxLength(200);
        builder.Property(x => x.Category).HasMaxLength(50);
        builder.Property(x => x.Content).HasMaxLength(4000);
        builder.Property(x => x.RequesterName).HasMaxLength(50);
        builder.Property(x => x.RequesterPhone).HasMaxLength(20);
        builder.Property(x => x.ContactNote).HasMaxLength(2000);
        builder.Property(x => x.Reply).HasMaxLength(4000);
        builder.Property(x => x.ReturnReason).HasMaxLength(1000);
        builder.Property(x => x.ExtensionReason).HasMaxLength(1000);
        builder.Property(x => x.SignLimit).HasMaxLength(16);
        builder.Property(x => x.ContactLimit).HasMaxLength(16);
        builder.Property(x => x.CloseLimit).HasMaxLength(16);
        builder.Property(x => x.EnterpriseUscc).HasMaxLength(18).IsUnicode(false);
        builder.Property(x => x.EnterpriseName).HasMaxLength(200);
        builder.Ignore(x => x.Sla);

        builder.HasIndex(x => x.Number).IsUnique();
        builder.HasIndex(x => x.TrackingCode).IsUnique();
        builder.Property(x => x.IdempotencyScope).HasMaxLength(64).HasDefaultValue("");
        builder.HasIndex(x => new { x.IdempotencyKey, x.IdempotencyScope }).IsUnique();
        builder.HasIndex(x => new { x.Status, x.ReceivedAt });
        builder.HasIndex(x => new { x.LeadDepartmentId, x.Status });
        builder.HasIndex(x => x.ReceivedAt);
        // Indexes on a column still empty at intake leave those rows out (WHERE … IS NOT NULL): an intake then writes 8 of
        // the table's 16 indexes, not all of them (docs/performance.md, session 7). Every query below names the column
        // with a comparison or a "!= null", which lets both databases use the partial index.
        builder.HasIndex(x => new { x.EnterpriseUscc, x.ReceivedAt }).HasFilter("\"EnterpriseUscc\" IS NOT NULL");
        // The rates (Rates/) group the appeals first dispatched in a period by lead department or by county.
        builder.HasIndex(x => new { x.FirstDispatchedAt, x.LeadDepartmentId }).HasFilter("\"FirstDispatchedAt\" IS NOT NULL");
        builder.HasIndex(x => new { x.FirstDispatchedAt, x.RegionId }).HasFilter("\"FirstDispatchedAt\" IS NOT NULL");
        // The rates' live part: only the appeals still pending a step can have a deadline pass (Rates/RateQueries.cs).
        // Covering on PostgreSQL, so a month with many open appeals is counted from the index alone, not the heap.
        builder.HasIndex(x => x.FirstDispatchedAt).HasDatabaseName("IX_appeals_appeal_Pending")
            .HasFilter("\"FirstDispatchedAt\" IS NOT NULL AND (\"SignedAt\" IS NULL OR \"ContactedAt\" IS NULL OR \"RepliedAt\" IS NULL)")
            .IncludeProperties(x => new
            {
                x.LeadDepartmentId, x.RegionId, x.Status, x.SignedAt, x.ContactedAt, x.RepliedAt,
                x.SignDueAt, x.ContactDueAt, x.CloseDueAt, x.PausedAt,
            });
        // The escalation job's candidates: marker still empty and its point passed (Escalation/AppealEscalationJob.cs).
        // The points are set at dispatch.
        builder.HasIndex(x => new { x.RemindedAt, x.WarnAt }).HasFilter("\"WarnAt\" IS NOT NULL");
        builder.HasIndex(x => new { x.UrgedAt, x.NextDueAt }).HasFilter("\"NextDueAt\" IS NOT NULL");
        builder.HasIndex(x => new { x.SupervisedAt, x.NextDueAt }).HasFilter("\"NextDueAt\" IS NOT NULL");
        builder.HasIndex(x => x.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
        builder.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.LeadDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(x => x.CoDepartments, co =>
        {
            co.ToTable("appeals_co_department");
            co.WithOwner().HasForeignKey("AppealId");
            co.HasKey(x => x.Id);
            co.HasIndex(x => x.DepartmentId);
            co.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(x => x.Pauses, p =>
        {
            p.ToTable("appeals_pause");
            p.WithOwner().HasForeignKey("AppealId");
            p.HasKey(x => x.Id);
        });
        builder.OwnsMany(x => x.Events, e =>
        {
            e.ToTable("appeals_event");
            e.WithOwner().HasForeignKey("AppealId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.HasIndex(x => new { x.Action, x.At });
        });
    }
}
