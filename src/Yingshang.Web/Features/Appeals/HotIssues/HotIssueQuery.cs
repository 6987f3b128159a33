using System.Globalization;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>The parameters of <c>GET /api/v1/appeals/hot-issues</c>, as typed (validated by <see cref="HotIssueWindow.Parse"/>).</summary>
public sealed record HotIssueQuery(string? Days, string? County, string? Category);

/// <summary>The current window (the last <see cref="Days"/> Beijing dates up to today) and the previous one of the same length.</summary>
public sealed record HotIssueWindow(int Days, DateOnly From, DateOnly To)
{
    public const int DefaultDays = 7;
    public const int MaxDays = 90;

    public DateOnly PreviousFrom => From.AddDays(-Days);
    public DateOnly PreviousTo => From.AddDays(-1);

    public DateTime StartUtc => Utc(From);
    public DateTime PreviousStartUtc => Utc(PreviousFrom);
    public DateTime EndUtc => Utc(To.AddDays(1));

    public static HotIssueWindow Parse(string? days, TimeProvider clock)
    {
        var n = DefaultDays;
        if (!string.IsNullOrWhiteSpace(days)
            && (!int.TryParse(days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out n) || n is < 1 or > MaxDays))
            throw new FieldValidationException("days", $"days 须为 1–{MaxDays} 的整数（统计窗口天数，默认 {DefaultDays}）");
        var today = ChinaTime.Today(clock);
        return new HotIssueWindow(n, today.AddDays(1 - n), today);
    }

    private static DateTime Utc(DateOnly date) => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).UtcDateTime;
}
