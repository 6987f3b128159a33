using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Rate;

/// <summary>The requester's answers on the rating page; recorded as the appeal's visit (回访).</summary>
public sealed record RatingInput(bool? Resolved, int? Satisfaction, string? Comment);

public enum LinkResend { Sent, NotOpen, NoMobile, TooSoon }

/// <summary>Issues rating invitations at 办结 and records the requester's rating as the appeal's visit.</summary>
public sealed class RatingInvitations(
    AppDbContext db, Notifier notifier, TimeProvider clock, WorkCalendarProvider calendars, IOptions<RatingOptions> options)
{
    public const int MaxComment = 500;
    public const string RequesterActor = "requester";
    public const string RequesterName = "诉求人（在线评价）";

    private DbSet<AppealRatingInvitation> Invitations => db.Set<AppealRatingInvitation>();

    /// <summary>Called in the close's unit of work: the invitation and its SMS are saved with the close, or not at all.</summary>
    public async Task IssueAsync(Appeal appeal, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var earlier in await Invitations.Where(i => i.AppealId == appeal.Id && i.UsedAt == null && i.VoidedAt == null).ToListAsync(ct))
            earlier.Void(now);
        var invitation = AppealRatingInvitation.Issue(appeal.Id, now, options.Value.LinkDays);
        Invitations.Add(invitation);
        // SMS reaches mobile numbers only; a landline caller is visited by the centre (回访) instead.
        if (HasMobile(appeal)) SendLink(appeal, invitation);
    }

    /// <summary>
    /// 评价办理结果 on the tracking page: a further link to the open invitation, sent by SMS to the requester's own mobile,
    /// never shown on the page. The code and the last four digits are no proof of being the requester — every department
    /// that handles the appeal sees both (the phone is shown as 138****5678) — but the phone itself is.
    /// </summary>
    public async Task<LinkResend> ResendAsync(Appeal appeal, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await Invitations.FirstOrDefaultAsync(i => i.AppealId == appeal.Id && i.UsedAt == null && i.VoidedAt == null && i.ExpiresAt > now, ct);
        if (invitation is null || !appeal.Allows(AppealAction.Visit)) return LinkResend.NotOpen;
        if (!HasMobile(appeal)) return LinkResend.NoMobile;
        var since = now - ResendInterval;
        var related = appeal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (await db.Outbox.AnyAsync(m => m.RelatedType == "Appeal" && m.RelatedId == related && m.Subject == InvitationSubject && m.CreatedAt > since, ct))
            return LinkResend.TooSoon;
        SendLink(appeal, invitation);
        // The invitation's version is checked on save: of two requests that passed the check above at once, one sends.
        db.CheckVersionOnSave(invitation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LinkResend.TooSoon;
        }
        return LinkResend.Sent;
    }

    /// <summary>At most one invitation SMS per appeal in this time, so the tracking page cannot flood a requester's phone.</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(10);

    public const string InvitationSubject = "诉求办结回访邀请";

    private static bool HasMobile(Appeal appeal) => appeal.RequesterPhone.StartsWith('1');

    private void SendLink(Appeal appeal, AppealRatingInvitation invitation)
    {
        var until = ChinaTime.ToLocal(invitation.ExpiresAt).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        notifier.Enqueue(NotificationChannel.Sms, appeal.RequesterPhone, InvitationSubject,
            $"【示范州12345】您反映的诉求（编号 {appeal.Number}）已办结。请评价办理结果：{Link(invitation.NewToken())} 链接 {until} 前有效，仅可使用一次。",
            "Appeal", appeal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<bool> IsOpenAsync(int appealId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await Invitations.AnyAsync(i => i.AppealId == appealId && i.UsedAt == null && i.VoidedAt == null && i.ExpiresAt > now, ct);
    }

    /// <summary>The appeal a link belongs to, or null for a link that never existed.</summary>
    public async Task<(AppealRatingInvitation Invitation, Appeal Appeal)?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = AppealRatingInvitation.Hash(token.Trim());
        var invitation = await Invitations.FirstOrDefaultAsync(i => i.Tokens.Any(t => t.Hash == hash), ct);
        if (invitation is null) return null;
        var appeal = await db.Appeals.IgnoreQueryFilters().FirstAsync(a => a.Id == invitation.AppealId, ct);
        return (invitation, appeal);
    }

    /// <summary>Why the link cannot be used now, or null (a used, replaced, expired link, or an appeal already visited).</summary>
    public string? Refusal(AppealRatingInvitation invitation, Appeal appeal)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (invitation.UsedAt is not null) return "该评价链接已使用过，每件诉求只能在线评价一次。感谢您的评价！";
        if (invitation.VoidedAt is not null || !appeal.Allows(AppealAction.Visit)) return "该诉求已重新办理或已完成回访，此评价链接不再可用。";
        return now >= invitation.ExpiresAt ? "该评价链接已过期。如需反映办理情况，请拨打 12345 热线。" : null;
    }

    /// <summary>Records the rating as the appeal's visit by the requester and spends every link of the invitation.</summary>
    public async Task<Appeal?> RateAsync(string? token, RatingInput input, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not var (invitation, appeal)) return null;
        var context = new AppealContext(RequesterActor, RequesterName, clock.GetUtcNow(), await calendars.GetAsync(ct));
        await RecordAsync(invitation, appeal, input, context, ct);
        return appeal;
    }

    /// <summary>The latest invitation of an appeal (the one a rating would spend), or null before its first 办结.</summary>
    public Task<AppealRatingInvitation?> LatestAsync(int appealId, CancellationToken ct) =>
        Invitations.Where(i => i.AppealId == appealId).OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The rating itself, by link or by a 企业用户 in 我的诉求: the appeal's visit by <paramref name="rater"/>, spending every
    /// link of the invitation — so an appeal is rated once, whichever way.
    /// </summary>
    public async Task RecordAsync(AppealRatingInvitation invitation, Appeal appeal, RatingInput input, AppealContext rater, CancellationToken ct)
    {
        var comment = input.Comment?.Trim();
        if (comment is { Length: > MaxComment }) throw new FieldValidationException("comment", $"意见建议不能超过 {MaxComment} 个字");
        if (invitation.UsedAt is null && !appeal.Allows(AppealAction.Visit))
            throw new BusinessRuleException("rating-link-closed", "该诉求已重新办理或已完成回访，此评价链接不再可用。");
        invitation.Spend(rater.Now.UtcDateTime);
        appeal.RecordVisit(rater, new VisitResult(false, input.Resolved, input.Satisfaction), comment is { Length: > 0 } ? comment : null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("rating-link-used", "该评价链接已使用过，每件诉求只能在线评价一次。");
        }
    }

    private string Link(string token) => $"{options.Value.PublicBaseUrl.ToString().TrimEnd('/')}/Public/Rate/{token}";
}
