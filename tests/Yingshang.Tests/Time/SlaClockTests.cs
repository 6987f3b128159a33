using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;
using static Yingshang.Tests.Time.HolidayData;

namespace Yingshang.Tests.Time;

public sealed class SlaClockTests
{
    private static readonly WorkCalendar Cal = HolidayData.Calendar;

    // Monday 2 March 2026, 09:00; five working days → Monday 9 March, 23:59:59.
    private static readonly SlaClock FiveDays = new(Beijing(2026, 3, 2, 9), SlaBudget.OfWorkingDays(5));

    [Fact]
    public void Without_pauses_the_due_date_is_the_base_deadline()
    {
        FiveDays.Due(Cal, Beijing(2026, 3, 3)).ShouldBe(End(2026, 3, 9));
        FiveDays.BaseDue(Cal).ShouldBe(End(2026, 3, 9));
    }

    [Fact]
    public void A_pause_from_tuesday_to_thursday_extends_the_deadline_by_two_working_days()
    {
        var clock = FiveDays.Pause(Beijing(2026, 3, 3, 10)).Resume(Beijing(2026, 3, 5, 15));
        clock.PausedWorkingDays(Cal, Beijing(2026, 3, 6)).ShouldBe(2);
        clock.Due(Cal, Beijing(2026, 3, 6)).ShouldBe(End(2026, 3, 11));
    }

    [Fact]
    public void A_pause_resumed_the_same_day_does_not_move_the_deadline()
    {
        var clock = FiveDays.Pause(Beijing(2026, 3, 3, 10)).Resume(Beijing(2026, 3, 3, 16));
        clock.Due(Cal, Beijing(2026, 3, 4)).ShouldBe(End(2026, 3, 9));
    }

    [Fact]
    public void Several_pauses_add_up()
    {
        var clock = FiveDays
            .Pause(Beijing(2026, 3, 3, 10)).Resume(Beijing(2026, 3, 4, 10)) // Wed: 1
            .Pause(Beijing(2026, 3, 6, 17)).Resume(Beijing(2026, 3, 9, 9)); // Mon: 1 (the weekend does not count)
        clock.Pauses.Count.ShouldBe(2);
        clock.Due(Cal, Beijing(2026, 3, 9, 10)).ShouldBe(End(2026, 3, 11));
    }

    [Fact]
    public void A_pause_over_National_Day_credits_only_the_working_days_in_it()
    {
        // Monday 28 Sep + 5 WD: 29, 30 Sep, 8, 9, 10 Oct (make-up Saturday).
        var clock = new SlaClock(Beijing(2026, 9, 28, 9), SlaBudget.OfWorkingDays(5));
        clock.BaseDue(Cal).ShouldBe(End(2026, 10, 10));
        // Paused 30 Sep, resumed 9 Oct: working days 8 and 9 Oct → two more: 12 and 13 Oct.
        clock = clock.Pause(Beijing(2026, 9, 30, 10)).Resume(Beijing(2026, 10, 9, 9));
        clock.Due(Cal, Beijing(2026, 10, 9, 10)).ShouldBe(End(2026, 10, 13));
    }

    [Fact]
    public void A_calendar_hours_budget_is_extended_by_the_paused_duration()
    {
        var clock = new SlaClock(Beijing(2026, 10, 1, 8), SlaBudget.OfHours(24))
            .Pause(Beijing(2026, 10, 1, 12)).Resume(Beijing(2026, 10, 1, 15));
        clock.Due(Cal, Beijing(2026, 10, 1, 16)).ShouldBe(Beijing(2026, 10, 2, 11));
    }

    [Fact]
    public void While_paused_the_clock_is_frozen_and_not_overdue()
    {
        var paused = FiveDays.Pause(Beijing(2026, 3, 6, 9));
        var remainingAtPause = FiveDays.Remaining(Cal, Beijing(2026, 3, 6, 9));
        paused.IsPaused.ShouldBeTrue();
        paused.Remaining(Cal, Beijing(2026, 3, 20)).ShouldBe(remainingAtPause);
        paused.IsOverdue(Cal, Beijing(2026, 3, 20)).ShouldBeFalse();
        // If resumed now, the base due (9 March) moves by the 10 working days of 9–20 March.
        paused.Due(Cal, Beijing(2026, 3, 20)).ShouldBe(End(2026, 3, 23));
    }

    [Fact]
    public void A_clock_paused_after_its_deadline_stays_overdue()
    {
        var paused = FiveDays.Pause(Beijing(2026, 3, 11, 9));
        paused.IsOverdue(Cal, Beijing(2026, 3, 12)).ShouldBeTrue();
        paused.Resume(Beijing(2026, 3, 13, 9)).IsOverdue(Cal, Beijing(2026, 3, 13, 10)).ShouldBeTrue();
    }

    [Fact]
    public void Overdue_starts_one_second_after_the_due_instant()
    {
        FiveDays.IsOverdue(Cal, End(2026, 3, 9)).ShouldBeFalse();
        FiveDays.IsOverdue(Cal, End(2026, 3, 9).AddSeconds(1)).ShouldBeTrue();
        FiveDays.Remaining(Cal, Beijing(2026, 3, 9, 23, 59)).ShouldBe(TimeSpan.FromSeconds(59));
    }

    [Fact]
    public void A_paused_clock_cannot_be_paused_again() =>
        Should.Throw<BusinessRuleException>(() => FiveDays.Pause(Beijing(2026, 3, 3)).Pause(Beijing(2026, 3, 4)))
            .Code.ShouldBe("sla-already-paused");

    [Fact]
    public void A_running_clock_cannot_be_resumed() =>
        Should.Throw<BusinessRuleException>(() => FiveDays.Resume(Beijing(2026, 3, 3))).Code.ShouldBe("sla-not-paused");

    [Fact]
    public void A_clock_cannot_resume_before_it_was_paused() =>
        Should.Throw<BusinessRuleException>(() => FiveDays.Pause(Beijing(2026, 3, 4)).Resume(Beijing(2026, 3, 3)))
            .Code.ShouldBe("sla-resume-before-pause");

    [Fact]
    public void Pauses_cannot_precede_the_start_or_overlap_the_previous_pause()
    {
        Should.Throw<BusinessRuleException>(() => FiveDays.Pause(Beijing(2026, 3, 1))).Code.ShouldBe("sla-pause-before-start");
        Should.Throw<BusinessRuleException>(() =>
                FiveDays.Pause(Beijing(2026, 3, 3)).Resume(Beijing(2026, 3, 5)).Pause(Beijing(2026, 3, 4)))
            .Code.ShouldBe("sla-pause-before-resume");
    }

    [Fact]
    public void Pausing_returns_a_new_clock_and_leaves_the_original_running()
    {
        var paused = FiveDays.Pause(Beijing(2026, 3, 3));
        FiveDays.IsPaused.ShouldBeFalse();
        paused.IsPaused.ShouldBeTrue();
    }

    [Fact]
    public void A_stored_clock_restores_with_the_same_due_date()
    {
        var original = FiveDays.Pause(Beijing(2026, 3, 3, 10)).Resume(Beijing(2026, 3, 5, 15)).Pause(Beijing(2026, 3, 6, 9));
        var restored = SlaClock.Restore(original.Start, original.Budget, original.Pauses);
        restored.IsPaused.ShouldBeTrue();
        restored.Due(Cal, Beijing(2026, 3, 10)).ShouldBe(original.Due(Cal, Beijing(2026, 3, 10)));
    }

    [Fact]
    public void Restoring_overlapping_pauses_is_refused() =>
        Should.Throw<BusinessRuleException>(() => SlaClock.Restore(Beijing(2026, 3, 2), SlaBudget.OfWorkingDays(5),
            [new SlaPause(Beijing(2026, 3, 3), Beijing(2026, 3, 5)), new SlaPause(Beijing(2026, 3, 4), null)]));

    private static DateTimeOffset End(int year, int month, int day) => new(year, month, day, 23, 59, 59, ChinaTime.Offset);
}
