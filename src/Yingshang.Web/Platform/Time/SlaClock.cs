using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Time;

/// <summary>A pause [From, To); To is null while the clock is still paused.</summary>
public sealed record SlaPause(DateTimeOffset From, DateTimeOffset? To);

/// <summary>
/// A pausable deadline clock (挂起/恢复). Immutable: <see cref="Pause"/> and <see cref="Resume"/> return a new clock.
/// A pause extends a working-day budget by the working days between the pause date and the resume date (counted like
/// the deadline itself: the pause day not, the resume day yes) and a calendar-time budget by the paused duration.
/// See Platform/Time/README.md for the rule and an example.
/// </summary>
public sealed class SlaClock
{
    private readonly SlaPause[] _pauses;

    public SlaClock(DateTimeOffset start, SlaBudget budget) : this(start, budget, []) { }

    private SlaClock(DateTimeOffset start, SlaBudget budget, SlaPause[] pauses)
    {
        Start = start;
        Budget = budget;
        _pauses = pauses;
    }

    /// <summary>Rebuilds a stored clock, applying the same guards as <see cref="Pause"/> and <see cref="Resume"/>.</summary>
    public static SlaClock Restore(DateTimeOffset start, SlaBudget budget, IEnumerable<SlaPause> pauses)
    {
        var clock = new SlaClock(start, budget);
        foreach (var p in pauses)
        {
            clock = clock.Pause(p.From);
            if (p.To is { } to) clock = clock.Resume(to);
        }
        return clock;
    }

    public DateTimeOffset Start { get; }
    public SlaBudget Budget { get; }
    public IReadOnlyList<SlaPause> Pauses => _pauses;
    public bool IsPaused => _pauses.Length > 0 && _pauses[^1].To is null;

    public SlaClock Pause(DateTimeOffset at)
    {
        if (IsPaused) throw new BusinessRuleException("sla-already-paused", "计时已处于挂起状态，不能重复挂起");
        if (at < Start) throw new BusinessRuleException("sla-pause-before-start", "挂起时间不能早于计时开始时间");
        if (_pauses.Length > 0 && at < _pauses[^1].To)
            throw new BusinessRuleException("sla-pause-before-resume", "挂起时间不能早于上一次恢复计时的时间");
        return new SlaClock(Start, Budget, [.. _pauses, new SlaPause(at, null)]);
    }

    public SlaClock Resume(DateTimeOffset at)
    {
        if (!IsPaused) throw new BusinessRuleException("sla-not-paused", "计时未挂起，无需恢复");
        var open = _pauses[^1];
        if (at < open.From)
            throw new BusinessRuleException("sla-resume-before-pause",
                $"恢复时间不能早于挂起时间（{WorkCalendar.Format(open.From)}）");
        return new SlaClock(Start, Budget, [.. _pauses[..^1], open with { To = at }]);
    }

    /// <summary>The deadline without any pause.</summary>
    public DateTimeOffset BaseDue(WorkCalendar calendar) => calendar.Add(Start, Budget);

    /// <summary>The deadline extended by every pause; while paused, as if the clock were resumed at <paramref name="now"/>.</summary>
    public DateTimeOffset Due(WorkCalendar calendar, DateTimeOffset now)
    {
        if (Budget.Unit == SlaUnit.CalendarTime) return ChinaTime.ToLocal(Start + Budget.Duration + PausedTime(now));
        return calendar.AddWorkingDays(Start, Budget.WorkingDays + PausedWorkingDays(calendar, now));
    }

    /// <summary>Working days credited for the pauses: per pause, working days d with pause date &lt; d ≤ resume date.</summary>
    public int PausedWorkingDays(WorkCalendar calendar, DateTimeOffset now) =>
        _pauses.Sum(p => calendar.WorkingDaysBetween(p.From, p.To ?? Max(p.From, now)));

    public TimeSpan PausedTime(DateTimeOffset now) =>
        _pauses.Aggregate(TimeSpan.Zero, (sum, p) => sum + ((p.To ?? Max(p.From, now)) - p.From));

    /// <summary>Time left (negative once overdue). Frozen while paused: the value at the moment of the pause.</summary>
    public TimeSpan Remaining(WorkCalendar calendar, DateTimeOffset now)
    {
        var at = IsPaused ? _pauses[^1].From : now;
        return Due(calendar, at) - at;
    }

    /// <summary>Past the deadline. A paused clock is overdue only if it already was when it was paused.</summary>
    public bool IsOverdue(WorkCalendar calendar, DateTimeOffset now) => Remaining(calendar, now) < TimeSpan.Zero;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
