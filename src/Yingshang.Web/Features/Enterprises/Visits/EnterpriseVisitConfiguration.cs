using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yingshang.Web.Features.Enterprises.Visits;

internal sealed class EnterpriseVisitConfiguration : IEntityTypeConfiguration<EnterpriseVisit>
{
    public void Configure(EntityTypeBuilder<EnterpriseVisit> builder)
    {
        builder.ToTable("enterprises_visit");
        builder.Property(x => x.Uscc).HasMaxLength(18).IsUnicode(false);
        builder.Property(x => x.EnterpriseName).HasMaxLength(EnterpriseRules.MaxNameLength);
        builder.Property(x => x.OfficerUserName).HasMaxLength(256);
        builder.Property(x => x.OfficerName).HasMaxLength(100);
        builder.Property(x => x.Participants).HasMaxLength(RecordVisitHandler.MaxParticipants);
        builder.Property(x => x.Summary).HasMaxLength(RecordVisitHandler.MaxSummary);
        builder.Property(x => x.ContactName).HasMaxLength(50);
        builder.HasIndex(x => new { x.Uscc, x.VisitDate });
        builder.HasIndex(x => new { x.OfficerUserName, x.VisitDate });
        builder.Property(x => x.SubmissionKey).HasMaxLength(100);
        builder.Property(x => x.SubmissionHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(x => new { x.OfficerUserName, x.SubmissionKey }).IsUnique().HasFilter("\"SubmissionKey\" IS NOT NULL");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.Uscc).HasPrincipalKey(e => e.Uscc).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(x => x.Issues, issue =>
        {
            issue.ToTable("enterprises_visit_issue");
            issue.WithOwner().HasForeignKey("VisitId");
            issue.HasKey(x => x.Id);
            issue.Property(x => x.Content).HasMaxLength(RecordVisitHandler.MaxIssue);
            issue.Property(x => x.AppealNumber).HasMaxLength(32);
        });
    }
}
