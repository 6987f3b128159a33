using System.Linq.Expressions;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals;

/// <summary>
/// The three SLA clocks (签收, 响应, 办结) start at dispatch (or reassignment, or reopening) with the limits of the
/// type × urgency matrix at that moment, stop for pauses and end at sign, contact and reply. The due instants are
/// stored so that lists and the escalation can filter on them in the database.
/// </summary>
public sealed partial class Appeal
{
    public string? SignLimit { get; private set; }
    public string? ContactLimit { get; private set; }
    public string? CloseLimit { get; private set; }
    public DateTime? SignDueAt { get; private set; }
    public DateTime? ContactDueAt { get; private set; }
    public DateTime? CloseDueAt { get; private set; }
    public DateTime? PausedAt { get; private set; }
    public AppealStatus? PausedFrom { get; private set; }
    public List<AppealPause> Pauses { get; private set; } = [];

    /// <summary>A clock is late when its milestone is not reached and its deadline lies before now (or before the pause).</summary>
    public static Expression<Func<Appeal, bool>> OverdueAt(DateTime now) => a =>
        // The "!= null" guards keep SQL's three-valued logic out when the filter is negated (overdue=false).
        (a.SignedAt == null && a.SignDueAt != null && a.SignDueAt < (a.PausedAt ?? now))
        || (a.ContactedAt == null && a.ContactDueAt != null && a.ContactDueAt < (a.PausedAt ?? now))
        || (a.RepliedAt == null && a.CloseDueAt != null && a.CloseDueAt < (a.PausedAt ?? now));

    public SlaSnapshot Sla => new(DispatchedAt, SignDueAt, SignedAt, ContactDueAt, ContactedAt, CloseDueAt, RepliedAt, PausedAt);

    private SlaPlan CurrentPlan() => new(SlaLimits.Parse(SignLimit!), SlaLimits.Parse(ContactLimit!), SlaLimits.Parse(CloseLimit!));

    private void StartClocks(AppealContext c, SlaPlan plan)
    {
        DispatchedAt = c.Now.UtcDateTime;
        (SignedAt, ContactedAt, ContactNote, RepliedAt, Reply) = (null, null, null, null, null);
        (SignLimit, ContactLimit, CloseLimit) = (SlaLimits.Format(plan.Sign), SlaLimits.Format(plan.Contact), SlaLimits.Format(plan.Close));
        if (Extension == ExtensionState.Pending) Extension = ExtensionState.None;
        if (Extension != ExtensionState.Approved) ExtensionDays = 0;
        RecomputeDeadlines(c);
    }

    private void StopClocks()
    {
        (SignDueAt, ContactDueAt, CloseDueAt) = (null, null, null);
        if (Extension == ExtensionState.Pending) Extension = ExtensionState.None;
    }

    /// <summary>Re-derives the deadlines from the start, the limits, the pauses since the start and an approved extension.</summary>
    private void RecomputeDeadlines(AppealContext c)
    {
        if (DispatchedAt is not { } started) return;
        var start = ChinaTime.ToLocal(started);
        var pauses = Pauses.Where(p => p.From >= started)
            .Select(p => new SlaPause(ChinaTime.ToLocal(p.From), p.To is { } to ? ChinaTime.ToLocal(to) : null)).ToList();
        DateTime Due(SlaBudget budget) => SlaClock.Restore(start, budget, pauses).Due(c.Calendar, c.Now).UtcDateTime;

        SignDueAt = Due(SlaLimits.Parse(SignLimit!));
        ContactDueAt = Due(SlaLimits.Parse(ContactLimit!));
        var close = SlaLimits.Parse(CloseLimit!);
        var extension = Extension == ExtensionState.Approved && RoundHasExtension() ? ExtensionDays : 0;
        if (close.Unit == SlaUnit.WorkingDays)
        {
            CloseDueAt = Due(SlaBudget.OfWorkingDays(close.WorkingDays + extension));
        }
        else
        {
            var due = Due(close);
            CloseDueAt = extension == 0 ? due : c.Calendar.AddWorkingDays(ChinaTime.ToLocal(due), extension).UtcDateTime;
        }
    }

    /// <summary>An extension belongs to the round it was approved in; a new round (reassign, reopen) starts with full limits.</summary>
    private bool RoundHasExtension() =>
        Events.LastOrDefault(e => e.Action == AppealAction.ApproveExtension) is { } approved && DispatchedAt is { } started && approved.At >= started
        || Events.All(e => e.Action != AppealAction.ApproveExtension);
}

/// <summary>The SLA facts of an appeal, enough to say 正常 / 即将超期 / 已超期 without loading it.</summary>
public sealed record SlaSnapshot(
    DateTime? Started, DateTime? SignDue, DateTime? SignedAt, DateTime? ContactDue, DateTime? ContactedAt,
    DateTime? CloseDue, DateTime? RepliedAt, DateTime? PausedAt)
{
    /// <summary>Share of the allowed time after which an appeal is "即将超期" (the reminder step of DESIGN.md).</summary>
    public const double WarningShare = 0.75;

    private IEnumerable<DateTime> PendingDues()
    {
        if (SignedAt is null && SignDue is { } s) yield return s;
        if (ContactedAt is null && ContactDue is { } c) yield return c;
        if (RepliedAt is null && CloseDue is { } d) yield return d;
    }

    public bool Overdue(DateTime now) => PendingDues().Any(d => d < (PausedAt ?? now));

    public DateTime? EarliestDue => PendingDues().Select(d => (DateTime?)d).Min();

    /// <summary>The earliest instant at which a running clock has used <see cref="WarningShare"/> of its time (rounded up).</summary>
    public DateTime? WarningAt => Started is { } start
        ? PendingDues().Select(d => (DateTime?)new DateTime(start.Ticks + (long)Math.Ceiling(WarningShare * (d - start).Ticks), DateTimeKind.Utc)).Min()
        : null;

    public SlaState State(DateTime now)
    {
        var at = PausedAt ?? now;
        var dues = PendingDues().ToList();
        if (Started is not { } start || dues.Count == 0) return SlaState.None;
        if (dues.Any(d => d < at)) return SlaState.Overdue;
        return dues.Any(d => (at - start).Ticks >= WarningShare * (d - start).Ticks) ? SlaState.DueSoon : SlaState.OnTrack;
    }
}

public enum SlaState { None, OnTrack, DueSoon, Overdue }

public static class SlaStates
{
    public static string Title(this SlaState s) => s switch
    {
        SlaState.OnTrack => "正常", SlaState.DueSoon => "即将超期", SlaState.Overdue => "已超期", _ => "—",
    };

    public static string Css(this SlaState s) => s switch
    {
        SlaState.OnTrack => "ok", SlaState.DueSoon => "warn", SlaState.Overdue => "bad", _ => "",
    };
}
