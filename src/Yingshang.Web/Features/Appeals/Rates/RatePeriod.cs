using System.Globalization;
using System.Text.RegularExpressions;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>A month (<c>2026-11</c>), a quarter (<c>2026Q4</c>) or a year (<c>2026</c>) of Beijing time; [Start, End) in UTC.</summary>
public sealed partial record RatePeriod(int Year, int FirstMonth, int Months)
{
    public const string Hint = "统计周期须为月份（如 2026-11）、季度（如 2026Q4）或年度（如 2026）";

    public bool IsQuarter => Months == 3;

    public bool IsYear => Months == 12;

    public string Code => Months switch
    {
        12 => string.Create(CultureInfo.InvariantCulture, $"{Year}"),
        3 => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{(FirstMonth + 2) / 3}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}-{FirstMonth:D2}"),
    };

    public string Title => Months switch
    {
        12 => string.Create(CultureInfo.InvariantCulture, $"{Year}年度"),
        3 => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{"一二三四"[(FirstMonth - 1) / 3]}季度"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}年{FirstMonth}月"),
    };

    public DateTime Start => ChinaTime.StartOfDay(new DateOnly(Year, FirstMonth, 1));

    public DateTime End => ChinaTime.StartOfDay(new DateOnly(Year, FirstMonth, 1).AddMonths(Months));

    /// <summary>The month that contains <paramref name="now"/> in Beijing time.</summary>
    public static RatePeriod MonthOf(DateTimeOffset now)
    {
        var local = ChinaTime.ToLocal(now);
        return new RatePeriod(local.Year, local.Month, 1);
    }

    public static RatePeriod Parse(string? text, TimeProvider clock, string field = "period")
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0) return MonthOf(clock.GetUtcNow());
        if (MonthPattern().Match(value) is { Success: true } m)
        {
            var month = Number(m.Groups[2].Value);
            if (month is < 1 or > 12) throw new FieldValidationException(field, $"月份须为 01–12：{value}。{Hint}");
            return new RatePeriod(ParseYear(m.Groups[1].Value, field), month, 1);
        }
        if (QuarterPattern().Match(value) is { Success: true } q)
        {
            var quarter = Number(q.Groups[2].Value);
            if (quarter is < 1 or > 4) throw new FieldValidationException(field, $"季度须为 Q1–Q4：{value}。{Hint}");
            return new RatePeriod(ParseYear(q.Groups[1].Value, field), quarter * 3 - 2, 3);
        }
        if (YearPattern().IsMatch(value)) return new RatePeriod(ParseYear(value, field), 1, 12);
        throw new FieldValidationException(field, $"无法识别的统计周期“{value}”。{Hint}");
    }

    /// <summary>The <paramref name="count"/> months that end with this period's last month, oldest first.</summary>
    public IReadOnlyList<RatePeriod> TrailingMonths(int count)
    {
        var last = new DateOnly(Year, FirstMonth, 1).AddMonths(Months - 1);
        return [.. Enumerable.Range(0, count).Select(i => last.AddMonths(i - count + 1)).Select(d => new RatePeriod(d.Year, d.Month, 1))];
    }

    private static int ParseYear(string text, string field)
    {
        var year = Number(text);
        return year is >= WorkCalendar.MinYear and <= WorkCalendar.MaxYear
            ? year
            : throw new FieldValidationException(field, $"年份须在 {WorkCalendar.MinYear}–{WorkCalendar.MaxYear} 之间");
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^([0-9]{4})[Qq]([0-9])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^[0-9]{4}$")]
    private static partial Regex YearPattern();
}
