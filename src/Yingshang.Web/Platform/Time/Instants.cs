using System.Globalization;
using System.Text.RegularExpressions;

namespace Yingshang.Web.Platform.Time;

/// <summary>Reads the instants users and clients type: ISO 8601 with an offset or Z, or without one as Beijing time.</summary>
public static partial class Instants
{
    private static readonly string[] WithOffset =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    private static readonly string[] Local =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public const string Expected = "应为 ISO 8601 时刻，如 2026-02-13T10:00:00+08:00（不带时区时按北京时间）";

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        // An unencoded "+08:00" in a query string arrives as " 08:00": restore the plus sign.
        text = SpaceForPlus().Replace(text, "+$1");
        // Year 1 and 9999 sit at the ends of the range: moving them to UTC or on by working days would overflow.
        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (local.Year is < 2 or > 9998) return false;
            instant = new DateTimeOffset(local, ChinaTime.Offset);
            return true;
        }
        return (text[^1] is 'Z' or 'z' || OffsetSuffix().IsMatch(text))
               && DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out instant)
               && instant.Year is >= 2 and <= 9998;
    }

    [GeneratedRegex(@"(?<=T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?) ([0-9]{2}:?[0-9]{2})$")]
    private static partial Regex SpaceForPlus();

    [GeneratedRegex(@"[+-][0-9]{2}:?[0-9]{2}$")]
    private static partial Regex OffsetSuffix();
}
