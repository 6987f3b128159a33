namespace Yingshang.Web.Platform.Time;

/// <summary>Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed zone is exact
/// for every date this platform handles and does not depend on the host's tzdata.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static readonly TimeZoneInfo Zone =
        TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", Offset, "中国标准时间", "中国标准时间");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset ToLocal(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>Midnight of a China date as the UTC instant the database stores (Kind Utc); the first day of the calendar
    /// has no UTC midnight before it, so it maps to <see cref="DateTime.MinValue"/>.</summary>
    public static DateTime StartOfDay(DateOnly date) =>
        date == DateOnly.MinValue
            ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)
            : DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The exclusive end of a China date as a UTC instant; the calendar's last day ends at <see cref="DateTime.MaxValue"/>.</summary>
    public static DateTime StartOfNextDay(DateOnly date) =>
        date == DateOnly.MaxValue ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) : StartOfDay(date.AddDays(1));

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()).DateTime);
}
