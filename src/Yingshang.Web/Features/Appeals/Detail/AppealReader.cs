using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Detail;

/// <summary>Reads one appeal as the caller may see it: null when it is outside the caller's departments.</summary>
public sealed class AppealReader(
    AppDbContext db, ICurrentUser user, Privacy.RequesterPrivacy privacy, TimeProvider clock, Intake.CountyLookup counties)
{
    public async Task<Appeal?> FindAsync(int id, CancellationToken ct, bool ignoreScope = false) =>
        await (ignoreScope ? db.Appeals.IgnoreQueryFilters() : db.Appeals).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<AppealDto?> GetAsync(int id, CancellationToken ct, bool ignoreScope = false) =>
        await FindAsync(id, ct, ignoreScope) is { } appeal ? await ToDtoAsync(appeal, ct) : null;

    public async Task<AppealDto> ToDtoAsync(Appeal a, CancellationToken ct)
    {
        var returns = ApprovedReturns(a);
        var departmentIds = a.CoDepartments.Select(c => c.DepartmentId).Concat(a.LeadDepartmentId is { } l ? [l] : [])
            .Concat(returns.Select(r => r.Department).OfType<int>()).Distinct().ToList();
        var departments = departmentIds.Count == 0 ? []
            : await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, d => new DepartmentRef(d.Code, d.Name), ct);
        var county = await counties.NameAsync(db, a.RegionId, ct);
        var survivor = a.MergedIntoId is { } into
            ? await db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == into)
                .Select(s => new { s.Id, s.Number, s.Status, s.Reply, s.LeadDepartmentId, s.RequesterConfidential }).FirstOrDefaultAsync(ct)
            : null;
        var merged = await db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(m => m.MergedIntoId == a.Id).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Number, m.Status }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new AppealDto
        {
            Id = a.Id, Number = a.Number, TrackingCode = a.TrackingCode, Status = a.Status.Code(), StatusTitle = a.Status.Title(),
            Type = a.Type.Title(), Urgency = a.Urgency.Title(), Channel = a.Channel.Code(), ChannelTitle = a.Channel.Title(), County = county, Address = a.Address,
            Category = a.Category, Content = privacy.Text(a, a.Content)!,
            Enterprise = a.EnterpriseUscc is { } uscc ? new EnterpriseRef(uscc, a.EnterpriseName ?? "") : null,
            Requester = new RequesterDto(privacy.Name(a), privacy.Phone(a), a.RequesterConfidential),
            CanReveal = privacy.RevealRefusal(a) is null,
            Department = a.LeadDepartmentId is { } lead ? departments.GetValueOrDefault(lead) : null,
            CoDepartments = [.. a.CoDepartments.Select(c => departments.GetValueOrDefault(c.DepartmentId)).OfType<DepartmentRef>()],
            ReceivedAt = Iso(a.ReceivedAt)!, DispatchedAt = Iso(a.DispatchedAt),
            Deadlines = new DeadlinesDto(Iso(a.SignDueAt), Iso(a.ContactDueAt), Iso(a.CloseDueAt)),
            SlaLimits = a.SignLimit is null ? null : $"签收 {Sla.SlaLimits.Parse(a.SignLimit)}，响应 {Sla.SlaLimits.Parse(a.ContactLimit!)}，办结 {Sla.SlaLimits.Parse(a.CloseLimit!)}",
            Overdue = a.Sla.Overdue(now), SlaState = a.Sla.State(now).Title(), Paused = a.PausedAt is not null, PausedAt = Iso(a.PausedAt),
            Escalation = a.Escalation?.Code(),
            ContactNote = privacy.Text(a, a.ContactNote), Reply = a.Reply is null && survivor is not null ? privacy.Text(survivor.LeadDepartmentId, survivor.RequesterConfidential, survivor.Reply) : privacy.Text(a, a.Reply), RepliedAt = Iso(a.RepliedAt), SignedAt = Iso(a.SignedAt), ContactedAt = Iso(a.ContactedAt), ClosedAt = Iso(a.ClosedAt),
            Visit = a.VisitedAt is { } v ? new VisitDto(Iso(v)!, a.VisitUnreachable, a.VisitResolved, a.Satisfaction) : null,
            Extension = a.Extension == ExtensionState.None ? null
                : new ExtensionDto(a.Extension.ToString().ToLowerInvariant(), a.ExtensionDays, privacy.Text(a, a.ExtensionReason)),
            ReturnReason = privacy.Text(a, a.ReturnReason), ReturnCount = a.ReturnCount, ReopenCount = a.ReopenCount,
            MergedInto = survivor is null ? null : new MergedDto(survivor.Id, survivor.Number, survivor.Status.Code()),
            Merged = [.. merged.Select(m => new MergedDto(m.Id, m.Number, m.Status.Code()))],
            Returns = [.. returns.Select(r => new ReturnDto(Iso(r.At)!, r.Department is { } d ? departments.GetValueOrDefault(d) : null, privacy.Text(a, r.Reason)))],
            Actions = [.. AppealPermissions.Available(user, a).Select(x => x.Code())],
            History = [.. a.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new HistoryDto(Iso(e.At)!, e.Action.Code(), e.Action.Title(),
                e.FromStatus?.Code(), e.ToStatus.Code(), e.Actor, e.ActorName, privacy.Text(a, e.Note), e.Detail))],
        };
    }

    /// <summary>Each approved return with the department it was approved for and the reason of the request before it.</summary>
    private static List<(DateTime At, int? Department, string? Reason)> ApprovedReturns(Appeal a)
    {
        var list = new List<(DateTime, int?, string?)>();
        string? reason = null;
        foreach (var e in a.Events.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            if (e.Action == AppealAction.Return) reason = e.Note;
            else if (e.Action == AppealAction.ApproveReturn) list.Add((e.At, e.DepartmentId, reason));
        }
        return list;
    }

    public static string? Iso(DateTime? utc) => utc is { } u ? WorkCalendar.Format(ChinaTime.ToLocal(u)) : null;
}
