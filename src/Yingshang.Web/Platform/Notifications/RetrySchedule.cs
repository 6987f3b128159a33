namespace Yingshang.Web.Platform.Notifications;

/// <summary>Exponential-ish backoff between delivery attempts: 1 min, 5 min, 30 min, 2 h, then every 6 h.</summary>
public static class RetrySchedule
{
    private static readonly TimeSpan[] Delays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1-based).</summary>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        return Delays[Math.Min(failedAttempts, Delays.Length) - 1];
    }

    /// <summary>What a failed attempt leads to: another try at the returned instant, or null when the message has failed for good.</summary>
    public static DateTime? NextAttempt(int failedAttempts, int maxAttempts, DateTime now) =>
        failedAttempts >= maxAttempts ? null : now + DelayAfter(failedAttempts);
}
