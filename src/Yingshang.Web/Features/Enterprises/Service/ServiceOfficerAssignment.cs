using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Service;

/// <summary>
/// One term of a 首席服务员 (chief service officer) at an enterprise, [From, To); To is null for the current officer.
/// A change ends the current term and starts a new one, so the history stays (README.md, "首席服务员").
/// </summary>
public sealed class ServiceOfficerAssignment : Entity
{
    private ServiceOfficerAssignment() { }

    public string Uscc { get; private set; } = "";
    public string OfficerUserName { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public DateTime From { get; private set; }
    public DateTime? To { get; private set; }
    public string? Note { get; private set; }

    public static ServiceOfficerAssignment Start(string uscc, string userName, string displayName, DateTime now, string? note) =>
        new() { Uscc = uscc, OfficerUserName = userName, OfficerName = displayName, From = now, Note = note };

    public void End(DateTime now)
    {
        if (To is not null) throw new InvalidOperationException("This term has already ended.");
        To = now;
    }
}

internal sealed class ServiceOfficerAssignmentConfiguration : IEntityTypeConfiguration<ServiceOfficerAssignment>
{
    public void Configure(EntityTypeBuilder<ServiceOfficerAssignment> builder)
    {
        builder.ToTable("enterprises_service_officer");
        builder.Property(x => x.Uscc).HasMaxLength(18).IsUnicode(false);
        builder.Property(x => x.OfficerUserName).HasMaxLength(256);
        builder.Property(x => x.OfficerName).HasMaxLength(100);
        builder.Property(x => x.Note).HasMaxLength(200);
        builder.HasIndex(x => new { x.Uscc, x.To });
        // One current officer per enterprise, also when two assignments are saved at once.
        builder.HasIndex(x => x.Uscc).IsUnique().HasFilter("\"To\" IS NULL").HasDatabaseName("IX_enterprises_service_officer_Current");
        builder.HasIndex(x => new { x.OfficerUserName, x.To });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.Uscc).HasPrincipalKey(e => e.Uscc).OnDelete(DeleteBehavior.Restrict);
    }
}
