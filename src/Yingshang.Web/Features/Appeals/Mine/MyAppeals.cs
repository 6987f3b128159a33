using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Features.Appeals.Intake;
using Yingshang.Web.Features.Appeals.List;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary>
/// A 企业用户's own appeals: those it raised itself (<see cref="Appeal.RaisedBy"/>) under the USCC of its account's claim.
/// No department scope covers an enterprise, so the scope filter is replaced by the USCC; any other appeal is not found (404).
/// </summary>
public sealed class MyAppeals(EnterpriseLink link, AppealList list, AppealReader reader, AppDbContext db, ICurrentUser user)
{
    public string? Uscc => link.ClaimedUscc;

    public Task<PagedResult<AppealListItem>> PageAsync(string? status, PageRequest page, CancellationToken ct) =>
        list.PageAsync(new AppealFilter(Status: status, Enterprise: Uscc ?? "-"), page, ignoreScope: true, ct);

    /// <summary>All of the enterprise's appeals for its export, at most <paramref name="max"/>, in the list's order.</summary>
    public Task<IReadOnlyList<AppealListItem>> AllAsync(int max, CancellationToken ct) =>
        list.AllAsync(new AppealFilter(Enterprise: Uscc ?? "-"), max, ct, ignoreScope: true);

    public async Task<AppealDto?> GetAsync(int id, CancellationToken ct)
    {
        var uscc = Uscc;
        if (uscc is null) return null;
        var appeal = await db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(Appeal.RaisedBy(uscc)).FirstOrDefaultAsync(a => a.Id == id, ct);
        return appeal is null ? null : AsRequester(await reader.ToDtoAsync(appeal, ct));
    }

    /// <summary>
    /// The appeal as its requester reads it: what was done and when, the reply and the deadlines — not who among the staff
    /// did it, their working notes (the contact note, a return's or an extension's reasons), the supervision of the
    /// departments (reminders, 催办, 督办) or the staff's next steps. Its own steps (its rating) stay as they are.
    /// </summary>
    private AppealDto AsRequester(AppealDto a) => a with
    {
        CanReveal = false, ReturnReason = null, ContactNote = null, Escalation = null, Actions = [],
        Extension = a.Extension is null ? null : a.Extension with { Reason = null },
        History = [.. a.History.Where(h => !SupervisionSteps.Contains(h.Action))
            .Select(h => h.Actor == user.Name ? h : h with { Actor = "", ActorName = "", Note = null })],
    };

    private static readonly string[] SupervisionSteps =
        [.. Enum.GetValues<AppealAction>().Where(a => a.IsSystemStep()).Select(a => a.Code())];
}
