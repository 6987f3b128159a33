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

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()).DateTime);
}
