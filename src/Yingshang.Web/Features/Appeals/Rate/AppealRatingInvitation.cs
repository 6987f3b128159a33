using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rate;

/// <summary>
/// The requester's one-time invitation to rate a closed appeal (回访 by the requester). Only hashes of its link tokens are
/// stored: the SMS link and any link handed out by the tracking page are all spent together by the first rating.
/// </summary>
public sealed class AppealRatingInvitation : Entity
{
    private AppealRatingInvitation() { }

    public int AppealId { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }
    public DateTime? VoidedAt { get; private set; }
    public List<AppealRatingToken> Tokens { get; private set; } = [];

    public static AppealRatingInvitation Issue(int appealId, DateTime now, int days) =>
        new() { AppealId = appealId, ExpiresAt = now.AddDays(days) };

    public bool IsOpen(DateTime now) => UsedAt is null && VoidedAt is null && now < ExpiresAt;

    /// <summary>A new link for this invitation; the caller sees the token once, the database keeps its hash.</summary>
    public string NewToken()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        Tokens.Add(new AppealRatingToken(Hash(token)));
        return token;
    }

    public void Spend(DateTime now)
    {
        if (UsedAt is not null) throw new BusinessRuleException("rating-link-used", "该评价链接已使用过，每件诉求只能在线评价一次。");
        if (VoidedAt is not null)
            throw new BusinessRuleException("rating-link-closed", "该诉求已重新办理或已完成回访，此评价链接不再可用。");
        if (now >= ExpiresAt) throw new BusinessRuleException("rating-link-expired", "该评价链接已过期。如需反映办理情况，请拨打 12345 热线。");
        UsedAt = now;
    }

    /// <summary>A later close issues a new invitation; the earlier one can no longer be used.</summary>
    public void Void(DateTime now) => VoidedAt ??= now;

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed class AppealRatingToken
{
    private AppealRatingToken() { }

    public AppealRatingToken(string hash) => Hash = hash;

    public int Id { get; private set; }
    public string Hash { get; private set; } = "";
}

internal sealed class AppealRatingInvitationConfiguration : IEntityTypeConfiguration<AppealRatingInvitation>
{
    public void Configure(EntityTypeBuilder<AppealRatingInvitation> builder)
    {
        builder.ToTable("appeals_rating_invitation");
        builder.HasIndex(x => x.AppealId);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(x => x.Tokens, t =>
        {
            t.ToTable("appeals_rating_token");
            t.WithOwner().HasForeignKey("InvitationId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Hash).HasMaxLength(64);
            t.HasIndex(x => x.Hash).IsUnique();
        });
    }
}
