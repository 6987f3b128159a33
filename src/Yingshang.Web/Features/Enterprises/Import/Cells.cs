using System.Globalization;
using System.Text.RegularExpressions;

namespace Yingshang.Web.Features.Enterprises.Import;

/// <summary>
/// Reads one cell of a CSV (always text) or XLSX (text, number, date or boolean) file. An empty cell is unknown (null);
/// a value that cannot be read throws <see cref="FormatException"/> with the message shown to the user.
/// </summary>
public static partial class Cells
{
    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    [GeneratedRegex(@"^[+-]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]+)?$")]
    private static partial Regex NumberPattern();

    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => s.Trim().Trim('\u3000') is { Length: > 0 } t ? t : null,
        double d => FitsDecimal(d) ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    // Strictly below: decimal.MaxValue as a double rounds up to 2^96, which no longer converts.
    private static bool FitsDecimal(double d) => Math.Abs(d) < (double)decimal.MaxValue;

    public static decimal? Number(object? cell)
    {
        if (cell is double d) return FitsDecimal(d) ? (decimal)d : throw new FormatException("不是有效的数字（数值过大）");
        var text = HalfWidth(Text(cell));
        if (text is null) return null;
        if (!NumberPattern().IsMatch(text)) throw new FormatException($"“{text}”不是有效的数字（只填数字，不带单位）");
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture, out var number) ? number : throw new FormatException($"“{text}”数值过大");
    }

    /// <summary>Full-width digits and signs (１２３．５, typed with a Chinese input method) read as their ASCII forms.</summary>
    private static string? HalfWidth(string? text) => text is null ? null
        : string.Concat(text.Select(c => c is >= '０' and <= '９' or '．' or '，' or '－' or '＋' ? (char)(c - 0xFEE0) : c));

    public static int? WholeNumber(object? cell)
    {
        if (Number(cell) is not { } value) return null;
        if (value != decimal.Truncate(value)) throw new FormatException($"“{Text(cell)}”不是整数");
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new FormatException($"“{Text(cell)}”超出范围");
    }

    public static DateOnly? Date(object? cell)
    {
        switch (cell)
        {
            case DateTime dt: return DateOnly.FromDateTime(dt);
            // A date typed as a number: 20190501, or an Excel serial day whose date format the reader did not recognise.
            case double d when d == Math.Floor(d) && d is >= 19000101 and <= 29991231:
                return Date(((long)d).ToString(CultureInfo.InvariantCulture));
            case double d when d == Math.Floor(d) && d is >= 1 and < 100000:
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var text = Text(cell);
        if (text is null) return null;
        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? DateOnly.FromDateTime(parsed)
            : throw new FormatException($"“{text}”不是有效的日期（如 2019-05-01）");
    }

    public static bool? Boolean(object? cell)
    {
        if (cell is bool b) return b;
        return Text(cell)?.ToLowerInvariant() switch
        {
            null => null,
            "是" or "true" or "1" => true,
            "否" or "false" or "0" => false,
            var other => throw new FormatException($"“{other}”不是有效的是/否值（是、否、true、false、1、0）"),
        };
    }

    /// <summary>A letter grade such as A/B/M/C/D; case-insensitive.</summary>
    public static TEnum? Grade<TEnum>(object? cell) where TEnum : struct, Enum
    {
        var text = Text(cell)?.ToUpperInvariant();
        if (text is null) return null;
        if (text.Length == 1 && char.IsAsciiLetter(text[0]) && Enum.TryParse<TEnum>(text, out var value)) return value;
        throw new FormatException($"“{text}”不是有效的等级（{string.Join("、", Enum.GetNames<TEnum>())}）");
    }
}
