using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;
using static Yingshang.Tests.Appeals.AppealFixture;
using static Yingshang.Tests.Time.HolidayData;

namespace Yingshang.Tests.Appeals;

public sealed class AppealDeadlineTests
{
    private readonly AppealFixture _f = new();

    [Fact]
    public void Complaint_dispatched_before_Spring_Festival_is_due_after_the_holiday()
    {
        _f.Now = Beijing(2026, 2, 13, 10);
        var appeal = _f.Dispatched();
        // Working days after Fri 13 Feb: Sat 14 (调休), 24, 25, 26, 27, Sat 28 (调休), 2, 3, 4, 5 March.
        Local(appeal.SignDueAt).ShouldBe(End(2026, 2, 14));
        Local(appeal.ContactDueAt).ShouldBe(End(2026, 2, 24));
        Local(appeal.CloseDueAt).ShouldBe(End(2026, 3, 5));
    }

    [Fact]
    public void Urgent_appeals_count_calendar_hours_through_the_weekend()
    {
        _f.Now = Beijing(2026, 3, 6, 22); // Friday night
        var appeal = _f.Dispatched(AppealType.Help, AppealUrgency.Urgent);
        Local(appeal.SignDueAt).ShouldBe(Beijing(2026, 3, 6, 22, 30));
        Local(appeal.ContactDueAt).ShouldBe(Beijing(2026, 3, 7, 0));
        Local(appeal.CloseDueAt).ShouldBe(Beijing(2026, 3, 7, 22));
    }

    [Theory]
    [InlineData(AppealType.Consultation, 5)]
    [InlineData(AppealType.Help, 9)]
    [InlineData(AppealType.Report, 16)]
    [InlineData(AppealType.Suggestion, 23)]
    public void Ordinary_close_limits_follow_the_type(AppealType type, int dueDayOfMarch)
    {
        var appeal = _f.Dispatched(type); // Mon 2 March 09:00
        Local(appeal.CloseDueAt).ShouldBe(End(2026, 3, dueDayOfMarch));
    }

    [Fact]
    public void A_pause_from_tuesday_to_thursday_moves_every_open_deadline_by_two_working_days()
    {
        var appeal = _f.Dispatched(); // close due Mon 16 March
        appeal.Sign(_f.As());
        _f.Now = Beijing(2026, 3, 3, 10);
        appeal.Pause(_f.As(), "需现场检测");
        appeal.Status.ShouldBe(AppealStatus.Paused);
        _f.Now = Beijing(2026, 3, 5, 15);
        appeal.Resume(_f.As(), null);
        appeal.Status.ShouldBe(AppealStatus.Signed);
        Local(appeal.CloseDueAt).ShouldBe(End(2026, 3, 18));
    }

    [Fact]
    public void A_paused_appeal_is_frozen_and_not_overdue_while_paused()
    {
        var appeal = _f.Dispatched(AppealType.Help, AppealUrgency.Urgent);
        _f.Now = _f.Now.AddMinutes(10);
        appeal.Pause(_f.As(), null);
        appeal.Sla.Overdue(_f.Now.AddDays(5).UtcDateTime).ShouldBeFalse();
        _f.Now = _f.Now.AddDays(1);
        appeal.Resume(_f.As(), null);
        Local(appeal.SignDueAt).ShouldBe(Beijing(2026, 3, 3, 9, 30));
        appeal.Sla.Overdue(_f.Now.AddMinutes(19).UtcDateTime).ShouldBeFalse();
        appeal.Sla.Overdue(_f.Now.AddMinutes(21).UtcDateTime).ShouldBeTrue();
    }

    [Fact]
    public void An_approved_extension_moves_the_close_deadline_once_only()
    {
        var appeal = _f.Dispatched(); // close due Mon 16 March
        appeal.Sign(_f.As());
        Should.Throw<FieldValidationException>(() => appeal.RequestExtension(_f.As(), 11, "需要检测")).Field.ShouldBe("workingDays");
        appeal.RequestExtension(_f.As(), 5, "需要第三方检测");
        Should.Throw<BusinessRuleException>(() => appeal.RequestExtension(_f.As(), 5, "再次申请"));
        appeal.ApproveExtension(_f.As(), null);
        Local(appeal.CloseDueAt).ShouldBe(End(2026, 3, 23));
        Should.Throw<BusinessRuleException>(() => appeal.RequestExtension(_f.As(), 1, "再延一天")).Message.ShouldContain("只能延期一次");
    }

    [Fact]
    public void A_rejected_extension_leaves_the_deadline()
    {
        var appeal = _f.Dispatched();
        appeal.Sign(_f.As());
        appeal.RequestExtension(_f.As(), 5, "需要第三方检测");
        appeal.RejectExtension(_f.As(), "可按期办结");
        Local(appeal.CloseDueAt).ShouldBe(End(2026, 3, 16));
        Should.Throw<BusinessRuleException>(() => appeal.ApproveExtension(_f.As(), null));
    }

    [Fact]
    public void Sla_state_is_on_track_then_due_soon_then_overdue()
    {
        var appeal = _f.Dispatched(AppealType.Help, AppealUrgency.Urgent); // sign within 30 minutes
        appeal.Sla.State(_f.Now.AddMinutes(10).UtcDateTime).ShouldBe(SlaState.OnTrack);
        appeal.Sla.State(_f.Now.AddMinutes(25).UtcDateTime).ShouldBe(SlaState.DueSoon);
        appeal.Sla.State(_f.Now.AddMinutes(31).UtcDateTime).ShouldBe(SlaState.Overdue);
        SlaState.Overdue.Title().ShouldBe("已超期");
    }

    [Fact]
    public void Deadlines_into_an_unpublished_year_are_refused_not_guessed()
    {
        _f.Now = Beijing(2026, 12, 28, 10);
        Should.Throw<BusinessRuleException>(() => _f.Dispatched()).Code.ShouldBe(WorkCalendar.YearMissing);
    }

    [Theory]
    [InlineData("30min", 30)]
    [InlineData("2h", 120)]
    public void Limits_are_written_as_people_write_them(string text, int minutes)
    {
        SlaLimits.Parse(text).Duration.ShouldBe(TimeSpan.FromMinutes(minutes));
        SlaLimits.Format(SlaLimits.Parse(text)).ShouldBe(text);
        SlaLimits.Parse("10wd").WorkingDays.ShouldBe(10);
        Should.Throw<FieldValidationException>(() => SlaLimits.ParseField("10 days", "close"));
    }
}
