using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Features.Organisation;

namespace Yingshang.Web.Features.Knowledge;

internal sealed class KnowledgeEntryConfiguration : IEntityTypeConfiguration<KnowledgeEntry>
{
    public void Configure(EntityTypeBuilder<KnowledgeEntry> builder)
    {
        builder.ToTable("knowledge_entry");
        builder.Property(x => x.Question).HasMaxLength(KnowledgeEntry.MaxQuestionLength);
        builder.Property(x => x.Answer).HasMaxLength(KnowledgeEntry.MaxAnswerLength);
        builder.PrimitiveCollection(x => x.Tags);
        builder.HasIndex(x => new { x.Published, x.ValidUntil });
        builder.HasIndex(x => x.DepartmentId);
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
