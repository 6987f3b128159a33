using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Platform.Time;
using Yingshang.Tests.Time;
using static Yingshang.Tests.Appeals.AppealFixture;

namespace Yingshang.Tests.Appeals;

public sealed class AppealEscalationPointTests
{
    private static readonly TimeSpan Beijing = ChinaTime.Offset;
    private readonly AppealFixture _f = new();

    [Fact]
    public void The_reminder_point_is_75_percent_of_the_earliest_running_clock_and_moves_on_when_it_ends()
    {
        // Dispatched Mon 2 Mar 09:00: sign by Tue 3 Mar 23:59:59 — 38:59:59 of which 75 % is 29:14:59.25.
        var appeal = _f.Dispatched();
        Local(appeal.NextDueAt).ShouldBe(End(2026, 3, 3));
        Local(appeal.WarnAt).ShouldBe(new DateTimeOffset(2026, 3, 3, 14, 14, 59, 250, Beijing));
        appeal.FirstRunningClock()!.Value.Clock.ShouldBe("签收");

        appeal.Sign(_f.As());
        Local(appeal.NextDueAt).ShouldBe(End(2026, 3, 4));
        Local(appeal.WarnAt).ShouldBe(new DateTimeOffset(2026, 3, 4, 8, 14, 59, 250, Beijing));
        appeal.FirstRunningClock()!.Value.Clock.ShouldBe("响应");

        appeal.Contact(_f.As(), "已联系");
        appeal.FirstRunningClock()!.Value.Clock.ShouldBe("办结");
        appeal.SubmitReply(_f.As(), "已处理");
        (appeal.WarnAt, appeal.NextDueAt, appeal.FirstRunningClock()).ShouldBe((null, null, null));
    }

    [Fact]
    public void An_undispatched_or_answered_appeal_has_no_escalation_points()
    {
        var appeal = _f.New(AppealType.Consultation);
        (appeal.WarnAt, appeal.NextDueAt, appeal.Escalation).ShouldBe((null, null, null));
        appeal.AnswerDirectly(_f.As(), "可在政务服务网办理");
        (appeal.WarnAt, appeal.NextDueAt).ShouldBe((null, null));
    }

    [Fact]
    public void Supervision_falls_due_at_the_end_of_the_third_working_day_after_the_deadline_skipping_the_Spring_Festival()
    {
        // Due Sat 14 Feb 2026 (调休); 15–23 Feb are the holiday; then Tue 24, Wed 25, Thu 26 Feb.
        var due = End(2026, 2, 14).UtcDateTime;
        Appeal.SupervisionPoint(due, HolidayData.Calendar).ShouldBe(End(2026, 2, 26));
        // An urgent appeal's hour deadline on Fri 27 Feb 15:30: Sat 28 Feb is a 调休 working day, then Mon 2, Tue 3 Mar.
        Appeal.SupervisionPoint(new DateTimeOffset(2026, 2, 27, 15, 30, 0, Beijing).UtcDateTime, HolidayData.Calendar).ShouldBe(End(2026, 3, 3));
    }

    [Fact]
    public void A_paused_appeal_keeps_its_points_but_the_job_skips_it_and_a_resume_moves_them()
    {
        var appeal = _f.Dispatched();
        var before = appeal.NextDueAt;
        _f.Now = _f.Now.AddHours(2);
        appeal.Pause(_f.As(), "等待鉴定");
        appeal.PausedAt.ShouldNotBeNull();
        appeal.NextDueAt.ShouldBe(before);
        _f.Now = HolidayData.Beijing(2026, 3, 5, 9);
        appeal.Resume(_f.As(), null);
        // Paused Mon 2, resumed Thu 5 Mar: Tue, Wed, Thu are 3 working days → sign due Fri 6 Mar.
        Local(appeal.NextDueAt).ShouldBe(End(2026, 3, 6));
    }

    [Fact]
    public void Escalation_levels_are_the_highest_step_reached()
    {
        var t = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
        EscalationLevels.Of(null, null, null).ShouldBeNull();
        EscalationLevels.Of(t, null, null).ShouldBe(EscalationLevel.Reminded);
        EscalationLevels.Of(t, t, null).ShouldBe(EscalationLevel.Urged);
        EscalationLevels.Of(t, t, t)!.Value.Code().ShouldBe("supervised");
        AppealAction.Supervise.IsSystemStep().ShouldBeTrue();
        AppealAction.Sign.IsSystemStep().ShouldBeFalse();
    }
}
