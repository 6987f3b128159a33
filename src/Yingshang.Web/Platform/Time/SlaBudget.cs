using System.Globalization;

namespace Yingshang.Web.Platform.Time;

public enum SlaUnit { WorkingDays, CalendarTime }

/// <summary>A time limit: N working days (ordinary items) or a calendar duration (urgent items, e.g. 30 minutes, 24 hours).</summary>
public readonly record struct SlaBudget
{
    private SlaBudget(SlaUnit unit, int workingDays, TimeSpan duration)
    {
        Unit = unit;
        WorkingDays = workingDays;
        Duration = duration;
    }

    public SlaUnit Unit { get; }
    public int WorkingDays { get; }
    public TimeSpan Duration { get; }

    public static SlaBudget OfWorkingDays(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return new SlaBudget(SlaUnit.WorkingDays, n, TimeSpan.Zero);
    }

    public static SlaBudget Of(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return new SlaBudget(SlaUnit.CalendarTime, 0, duration);
    }

    public static SlaBudget OfHours(double hours) => Of(TimeSpan.FromHours(hours));

    public override string ToString() => Unit == SlaUnit.WorkingDays
        ? string.Create(CultureInfo.InvariantCulture, $"{WorkingDays} 个工作日")
        : Duration.TotalMinutes < 60 || Duration.Minutes != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Duration.TotalMinutes:0.##} 分钟")
            : string.Create(CultureInfo.InvariantCulture, $"{Duration.TotalHours:0.##} 小时");
}
