using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Features.Appeals.Open311.Keys;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Open311;

/// <summary>
/// What a GeoReport POST carried beyond the appeal itself: the service code, the location and the client's identifiers.
/// Only appeals with a submission are published by <c>GET /open311/v2/requests</c>.
/// </summary>
public sealed class Open311Submission : Entity
{
    private Open311Submission() { }

    public Open311Submission(int appealId, int apiKeyId, string serviceCode, Open311Location location, Open311Contact contact)
    {
        AppealId = appealId;
        ApiKeyId = apiKeyId;
        ServiceCode = serviceCode;
        (Latitude, Longitude, AddressId) = (location.Latitude, location.Longitude, location.AddressId);
        (Email, DeviceId, AccountId, MediaUrl) = (contact.Email, contact.DeviceId, contact.AccountId, contact.MediaUrl);
    }

    public int AppealId { get; private set; }
    public int ApiKeyId { get; private set; }
    public string ServiceCode { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? AddressId { get; private set; }
    public string? Email { get; private set; }
    public string? DeviceId { get; private set; }
    public string? AccountId { get; private set; }
    public string? MediaUrl { get; private set; }
}

/// <summary>WGS84 coordinates and/or the jurisdiction's address id (the address text is the appeal's).</summary>
public sealed record Open311Location(double? Latitude, double? Longitude, string? AddressId);

/// <summary>The submitter's optional identifiers; the name and phone go to the appeal's requester.</summary>
public sealed record Open311Contact(string? Email, string? DeviceId, string? AccountId, string? MediaUrl);

internal sealed class Open311SubmissionConfiguration : IEntityTypeConfiguration<Open311Submission>
{
    public void Configure(EntityTypeBuilder<Open311Submission> builder)
    {
        builder.ToTable("appeals_open311_submission");
        builder.Property(x => x.ServiceCode).HasMaxLength(32);
        builder.Property(x => x.AddressId).HasMaxLength(100);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.DeviceId).HasMaxLength(100);
        builder.Property(x => x.AccountId).HasMaxLength(100);
        builder.Property(x => x.MediaUrl).HasMaxLength(1000);
        builder.HasIndex(x => x.AppealId).IsUnique();
        builder.HasIndex(x => x.ServiceCode);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Open311ApiKey>().WithMany().HasForeignKey(x => x.ApiKeyId).OnDelete(DeleteBehavior.Restrict);
    }
}
