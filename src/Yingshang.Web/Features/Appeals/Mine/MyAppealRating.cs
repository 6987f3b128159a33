using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary>
/// 评价办理结果 in 我的诉求: a 企业用户 rates its own appeal after 办结 with the answers of the SMS rating page, recorded by
/// the same operation (the appeal's visit) and spending the same invitation, so the link and this form rate once in all.
/// </summary>
public sealed class MyAppealRating(MyAppeals mine, RatingInvitations ratings, AppealContextFactory contexts, AppDbContext db,
    TimeProvider clock, IOptions<RatingOptions> options)
{
    /// <summary>The appeal with its latest invitation; null when it is not the caller's enterprise's (404).</summary>
    public async Task<(Appeal Appeal, AppealRatingInvitation? Invitation)?> FindAsync(int id, CancellationToken ct)
    {
        var uscc = mine.Uscc;
        if (uscc is null) return null;
        var appeal = await db.Appeals.IgnoreQueryFilters().Where(Appeal.RaisedBy(uscc)).FirstOrDefaultAsync(a => a.Id == id, ct);
        return appeal is null ? null : (appeal, await ratings.LatestAsync(appeal.Id, ct));
    }

    /// <summary>Why the appeal cannot be rated now, or null when the form may be offered.</summary>
    public string? Refusal(Appeal appeal, AppealRatingInvitation? invitation)
    {
        if (invitation is null || appeal.Status is not (AppealStatus.Closed or AppealStatus.Visited))
            return "诉求经热线中心审核办结后，即可在此评价办理结果。";
        if (invitation.UsedAt is not null) return "该诉求已评价，每件诉求只能评价一次。感谢您的评价！";
        if (invitation.VoidedAt is not null || !appeal.Allows(AppealAction.Visit)) return "该诉求已重新办理或已完成回访，不能再评价。";
        return clock.GetUtcNow().UtcDateTime >= invitation.ExpiresAt
            ? $"评价期限已过（办结后 {options.Value.LinkDays} 天内可评价）。如需反映办理情况，请拨打 12345 热线。"
            : null;
    }

    /// <summary>Records the rating; null when the appeal is not the caller's, 409 when it cannot be rated (see <see cref="Refusal"/>).</summary>
    public async Task<Appeal?> RateAsync(int id, RatingInput input, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not var (appeal, invitation)) return null;
        if (Refusal(appeal, invitation) is { } refusal) throw new BusinessRuleException("rating-not-open", refusal);
        try
        {
            await ratings.RecordAsync(invitation!, appeal, input, await contexts.CreateAsync(ct), ct);
        }
        catch (Exception e) when (e is FieldValidationException or BusinessRuleException)
        {
            // The invitation may be spent in memory already; the page reads the appeal again to show the form with the errors.
            db.ChangeTracker.Clear();
            throw;
        }
        return appeal;
    }
}
