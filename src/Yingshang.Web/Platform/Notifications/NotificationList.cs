using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// Filters of the outbox list (page, export and API). Status and channel are their API names; dates are China dates, both
/// inclusive; a related object (e.g. <c>Appeal</c> and its id) needs both parts, which its index covers.
/// </summary>
public sealed record NotificationFilter(string? Status = null, string? Channel = null, DateOnly? From = null, DateOnly? To = null,
    string? RelatedType = null, string? RelatedId = null);

/// <summary>One outbox message as Admins see it: the recipient's phone number masked.</summary>
public sealed record NotificationRow(
    int Id, NotificationChannel Channel, string Recipient, string Subject, string Body, OutboxStatus Status, int Attempts,
    DateTime NextAttemptAt, string? LastError, string? RelatedType, string? RelatedId, DateTime CreatedAt, DateTime? SentAt);

public sealed class NotificationList(AppDbContext db)
{
    public async Task<PagedResult<NotificationRow>> ListAsync(NotificationFilter filter, PageRequest page, CancellationToken ct)
    {
        var result = await Query(filter).ToPageAsync(page, ct);
        return new PagedResult<NotificationRow>([.. result.Items.Select(Row)], result.Total, result.Page, result.PageSize);
    }

    public async Task<List<NotificationRow>> AllAsync(NotificationFilter filter, CancellationToken ct) =>
        [.. (await Query(filter).ToListAsync(ct)).Select(Row)];

    public Task<int> CountAsync(NotificationFilter filter, CancellationToken ct) => Query(filter).CountAsync(ct);

    /// <summary>Newest first.</summary>
    private IQueryable<OutboxMessage> Query(NotificationFilter filter)
    {
        var query = db.Outbox.AsNoTracking();
        if (Parse<OutboxStatus>(filter.Status, "status", "pending、sending、sent 或 failed") is { } status)
            query = query.Where(m => m.Status == status);
        if (Parse<NotificationChannel>(filter.Channel, "channel", "sms、message 或 webhook") is { } channel)
            query = query.Where(m => m.Channel == channel);
        if (filter is { From: { } from, To: { } to } && to < from)
            throw new FieldValidationException("to", "结束日期不能早于开始日期");
        if (filter.From is { } start)
        {
            var since = ChinaTime.StartOfDay(start);
            query = query.Where(m => m.CreatedAt >= since);
        }
        if (filter.To is { } end)
        {
            var before = ChinaTime.StartOfNextDay(end);
            query = query.Where(m => m.CreatedAt < before);
        }
        if (string.IsNullOrWhiteSpace(filter.RelatedType) != string.IsNullOrWhiteSpace(filter.RelatedId))
            throw new FieldValidationException(string.IsNullOrWhiteSpace(filter.RelatedType) ? "relatedType" : "relatedId", "relatedType 与 relatedId 须同时填写");
        if (!string.IsNullOrWhiteSpace(filter.RelatedType))
        {
            var (type, id) = (filter.RelatedType.Trim(), filter.RelatedId!.Trim());
            query = query.Where(m => m.RelatedType == type && m.RelatedId == id);
        }
        return query.OrderByDescending(m => m.Id);
    }

    private static T? Parse<T>(string? value, string field, string allowed) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            return parsed;
        throw new FieldValidationException(field, $"{field} 应为 {allowed}");
    }

    private static NotificationRow Row(OutboxMessage m) => new(
        m.Id, m.Channel, PhoneMask.Mask(m.Recipient), m.Subject, MessageText.Mask(m.Body), m.Status, m.Attempts, m.NextAttemptAt,
        m.LastError, m.RelatedType, m.RelatedId, m.CreatedAt, m.SentAt);
}
