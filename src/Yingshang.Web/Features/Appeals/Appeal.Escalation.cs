using System.Linq.Expressions;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals;

/// <summary>
/// The escalation ladder (README.md, "Escalation"): 提醒 at 75 % of a running clock, 催办 at its deadline, 督办 three
/// working days after it. <see cref="Escalation.AppealEscalationJob"/> raises each step exactly once per appeal with a
/// conditional UPDATE of its marker; the markers are never cleared, so a reassignment or a reopening does not repeat a step.
/// </summary>
public sealed partial class Appeal
{
    /// <summary>Working days a running clock may be late before the office supervises it (督办).</summary>
    public const int SupervisionWorkingDays = 3;

    /// <summary>Earliest 75 % point of the clocks still running (stored so that the job finds candidates by index).</summary>
    public DateTime? WarnAt { get; private set; }

    /// <summary>Earliest deadline of the clocks still running.</summary>
    public DateTime? NextDueAt { get; private set; }

    public DateTime? RemindedAt { get; private set; }
    public DateTime? UrgedAt { get; private set; }
    public DateTime? SupervisedAt { get; private set; }

    public EscalationLevel? Escalation => EscalationLevels.Of(RemindedAt, UrgedAt, SupervisedAt);

    /// <summary>Not paused, not yet reminded, and 75 % of a running clock used.</summary>
    public static Expression<Func<Appeal, bool>> DueForReminder(DateTime now) =>
        a => a.RemindedAt == null && a.PausedAt == null && a.WarnAt != null && a.WarnAt <= now;

    /// <summary>Reminded, not paused, not yet urged, and a running clock past its deadline.</summary>
    public static Expression<Func<Appeal, bool>> DueForUrging(DateTime now) =>
        a => a.UrgedAt == null && a.RemindedAt != null && a.PausedAt == null && a.NextDueAt != null && a.NextDueAt < now;

    /// <summary>
    /// Urged, not paused, not yet supervised, and late by at least three calendar days — necessary for three working days
    /// late; the job then checks <see cref="SupervisionPoint"/> on the calendar.
    /// </summary>
    public static Expression<Func<Appeal, bool>> MayNeedSupervision(DateTime now)
    {
        var cutoff = now.AddDays(-SupervisionWorkingDays);
        return a => a.SupervisedAt == null && a.UrgedAt != null && a.PausedAt == null && a.NextDueAt != null && a.NextDueAt < cutoff;
    }

    /// <summary>The end (23:59:59 Beijing) of the third working day after the deadline's date; 督办 once now is later.</summary>
    public static DateTimeOffset SupervisionPoint(DateTime due, WorkCalendar calendar) =>
        calendar.AddWorkingDays(ChinaTime.ToLocal(due), SupervisionWorkingDays);

    /// <summary>The running clock with the earliest deadline, named for messages and the history.</summary>
    public (string Clock, DateTime Due)? FirstRunningClock()
    {
        (string, DateTime)? first = null;
        void Consider(string name, DateTime? reached, DateTime? due)
        {
            if (reached is null && due is { } d && (first is null || d < first.Value.Item2)) first = (name, d);
        }
        Consider("签收", SignedAt, SignDueAt);
        Consider("响应", ContactedAt, ContactDueAt);
        Consider("办结", RepliedAt, CloseDueAt);
        return first;
    }

    /// <summary>Adds the history entry of a step the job has just marked (the marker itself is set by its conditional UPDATE).</summary>
    public void RecordEscalation(EscalationLevel level, AppealContext c, string detail) =>
        Events.Add(new AppealEvent(level.Action(), Status, Status, c, null, detail, LeadDepartmentId));

    private void RefreshEscalationPoints()
    {
        var sla = Sla;
        (WarnAt, NextDueAt) = (sla.WarningAt, sla.EarliestDue);
    }
}

public enum EscalationLevel { Reminded = 1, Urged = 2, Supervised = 3 }

public static class EscalationLevels
{
    public static EscalationLevel? Of(DateTime? reminded, DateTime? urged, DateTime? supervised) =>
        supervised is not null ? EscalationLevel.Supervised
        : urged is not null ? EscalationLevel.Urged
        : reminded is not null ? EscalationLevel.Reminded
        : null;

    public static string Code(this EscalationLevel level) => level switch
    {
        EscalationLevel.Reminded => "reminded", EscalationLevel.Urged => "urged", _ => "supervised",
    };

    public static string Title(this EscalationLevel level) => level switch
    {
        EscalationLevel.Reminded => "已提醒", EscalationLevel.Urged => "催办", _ => "督办",
    };

    public static string Css(this EscalationLevel level) => level switch
    {
        EscalationLevel.Reminded => "", EscalationLevel.Urged => "warn", _ => "bad",
    };

    public static AppealAction Action(this EscalationLevel level) => level switch
    {
        EscalationLevel.Reminded => AppealAction.Remind, EscalationLevel.Urged => AppealAction.Urge, _ => AppealAction.Supervise,
    };

    public static IEnumerable<EscalationLevel> All => [EscalationLevel.Reminded, EscalationLevel.Urged, EscalationLevel.Supervised];
}
