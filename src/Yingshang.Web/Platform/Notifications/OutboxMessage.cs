using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Notifications;

public enum NotificationChannel { Sms, Message, Webhook }

public enum OutboxStatus { Pending, Sending, Sent, Failed }

/// <summary>
/// A notification written in the same transaction as the change it tells about, delivered later by
/// <see cref="NotificationDeliveryJob"/>. Delivery bookkeeping is written with set-based updates (see README).
/// </summary>
public sealed class OutboxMessage : Entity, ILeased
{
    public const int RecipientMax = 256, SubjectMax = 200, BodyMax = 4000, ErrorMax = 1000;

    private OutboxMessage() { }

    public NotificationChannel Channel { get; private set; }
    [Audit.MaskedInAudit] public string Recipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    [Audit.MaskedInAudit] public string Body { get; private set; } = "";
    public string? RelatedType { get; private set; }
    public string? RelatedId { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LeaseHolder { get; private set; }
    public DateTime? LeaseUntil { get; private set; }

    internal static OutboxMessage Create(NotificationChannel channel, string recipient, string subject, string body,
        string? relatedType, string? relatedId, DateTime now) => new()
        {
            Channel = channel, Recipient = Cut(recipient, RecipientMax), Subject = Cut(subject, SubjectMax), Body = Cut(body, BodyMax),
            RelatedType = relatedType is null ? null : Cut(relatedType, 64), RelatedId = relatedId is null ? null : Cut(relatedId, 64),
            Status = OutboxStatus.Pending, NextAttemptAt = now,
        };

    /// <summary>An Admin's "重试" of a failed message: a fresh round of attempts from now.</summary>
    public void Retry(DateTime now)
    {
        if (Status != OutboxStatus.Failed)
            throw new Errors.BusinessRuleException("outbox.not-failed", "只有发送失败的通知可以重试");
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LeaseHolder = null;
        LeaseUntil = null;
    }

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("platform_outbox_message");
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Recipient).HasMaxLength(OutboxMessage.RecipientMax);
        builder.Property(x => x.Subject).HasMaxLength(OutboxMessage.SubjectMax);
        builder.Property(x => x.Body).HasMaxLength(OutboxMessage.BodyMax);
        builder.Property(x => x.RelatedType).HasMaxLength(64);
        builder.Property(x => x.RelatedId).HasMaxLength(64);
        builder.Property(x => x.LastError).HasMaxLength(OutboxMessage.ErrorMax);
        builder.Property(x => x.LeaseHolder).HasMaxLength(200);
        // The delivery job's claim takes the first due messages in id order: this index holds only the messages not yet
        // sent, so a claim reads its batch and stops, however long the backlog (PostgreSQL; before, every claim sorted the
        // whole backlog). The admin list filters by status and by creation time.
        builder.HasIndex(x => x.Id).HasDatabaseName("IX_platform_outbox_message_Unsent")
            .HasFilter("\"Status\" = 'Pending' OR \"Status\" = 'Sending'");
        builder.HasIndex(x => new { x.Status, x.NextAttemptAt });
        builder.HasIndex(x => x.LeaseHolder).HasFilter("\"LeaseHolder\" IS NOT NULL"); // empty until a claim: not written at insert
        builder.HasIndex(x => x.CreatedAt);
        builder.HasIndex(x => new { x.RelatedType, x.RelatedId });
    }
}
