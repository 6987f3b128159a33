using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Notify;

/// <summary>One message sent for an appeal: to its requester (phone masked) or to a department (by name).</summary>
public sealed record AppealNotificationDto(
    int Id, NotificationChannel Channel, string Recipient, string Subject, string Body, OutboxStatus Status, int Attempts,
    DateTime CreatedAt, DateTime? SentAt, DateTime? NextAttemptAt, string? LastError);

/// <summary>
/// 通知记录: what the platform sent for one appeal and whether it arrived, for the centre answering "I got no SMS"
/// (README.md, "Notifications"). Read from the outbox through its related-object index.
/// </summary>
public sealed class AppealNotificationLog(NotificationList outbox, AppDbContext db)
{
    /// <summary>Roles that answer the requester's calls and so see the log (departments see their own messages elsewhere).</summary>
    public static readonly string[] Readers = [Roles.Operator, Roles.Supervisor, Roles.Admin];

    public const int Max = 200;

    public async Task<IReadOnlyList<AppealNotificationDto>> ListAsync(int appealId, CancellationToken ct)
    {
        var filter = new NotificationFilter(RelatedType: AppealMessages.Related, RelatedId: appealId.ToString(CultureInfo.InvariantCulture));
        var rows = (await outbox.ListAsync(filter, new PageRequest(1, Max), ct)).Items;
        var codes = rows.Where(r => r.Channel == NotificationChannel.Message).Select(r => r.Recipient).Distinct().ToList();
        var names = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        return [.. rows.OrderBy(r => r.Id).Select(r => new AppealNotificationDto(r.Id, r.Channel,
            r.Channel == NotificationChannel.Message && names.TryGetValue(r.Recipient, out var name) ? name : r.Recipient,
            r.Subject, r.Body, r.Status, r.Attempts, r.CreatedAt, r.SentAt, r.Status == OutboxStatus.Pending ? r.NextAttemptAt : null,
            r.LastError))];
    }

    public static void Map(RouteGroupBuilder appeals) =>
        appeals.MapGet("/{id:int}/notifications", async Task<Results<Ok<IReadOnlyList<AppealNotificationDto>>, NotFound>> (
                int id, AppealReader reader, AppealNotificationLog log, CancellationToken ct) =>
                await reader.FindAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await log.ListAsync(id, ct)))
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithSummary("诉求的通知记录（短信与部门消息的发送状态，号码已隐藏；热线中心可查）");
}
