using Yingshang.Web.Platform.Notifications;

namespace Yingshang.Tests.Platform;

public sealed class RetryScheduleTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 30)]
    [InlineData(4, 120)]
    [InlineData(5, 360)]
    [InlineData(9, 360)]
    public void Waits_grow_from_one_minute_to_six_hours(int failedAttempts, int minutes) =>
        RetrySchedule.DelayAfter(failedAttempts).ShouldBe(TimeSpan.FromMinutes(minutes));

    [Fact]
    public void A_failure_before_the_last_attempt_schedules_the_next_one() =>
        RetrySchedule.NextAttempt(2, maxAttempts: 6, Now).ShouldBe(Now.AddMinutes(5));

    [Fact]
    public void The_last_allowed_failure_gives_up() =>
        RetrySchedule.NextAttempt(6, maxAttempts: 6, Now).ShouldBeNull();

    [Fact]
    public void Attempts_are_counted_from_one() =>
        Should.Throw<ArgumentOutOfRangeException>(() => RetrySchedule.DelayAfter(0));
}
