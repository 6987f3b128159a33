using System.Globalization;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Time;

/// <summary>One submitted day before validation; <see cref="Row"/> is the CSV line number or the list index.</summary>
public sealed record CalendarRow(int Row, string? Date, string? Kind, string? Name);

/// <summary>Why one row was refused; <see cref="Field"/> is <c>date</c>, <c>kind</c>, <c>name</c> or <c>line</c>.</summary>
public sealed record CalendarRowError(int Row, string Field, string Message);

public sealed record CalendarRowsResult(IReadOnlyList<CalendarEntry> Days, IReadOnlyList<CalendarRowError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Validates a set of days (a CSV paste, an API list, the shipped file) as a whole: every error is reported.</summary>
public static class CalendarRows
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];
    private static readonly char[] Separators = [',', '，', '\t'];

    /// <summary>Lines <c>date,kind,name</c> (comma, Chinese comma or tab, as pasted from Excel); blank lines and a
    /// header line starting with <c>date</c> are skipped.</summary>
    public static CalendarRowsResult FromCsv(string text, int? year)
    {
        var rows = new List<CalendarRow>();
        var errors = new List<CalendarRowError>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith("date", StringComparison.OrdinalIgnoreCase)) continue;
            var fields = line.Split(Separators).Select(f => f.Trim()).ToArray();
            if (fields.Length != 3)
                errors.Add(new CalendarRowError(i + 1, "line", $"应为“日期,类型,名称”三列，实际为 {fields.Length} 列"));
            else
                rows.Add(new CalendarRow(i + 1, fields[0], fields[1], fields[2]));
        }
        var result = Check(rows, year);
        return new CalendarRowsResult(result.Days, [.. errors.Concat(result.Errors).OrderBy(e => e.Row)]);
    }

    /// <param name="year">When given, every date must fall in it.</param>
    public static CalendarRowsResult Check(IEnumerable<CalendarRow> rows, int? year)
    {
        var days = new List<CalendarEntry>();
        var errors = new List<CalendarRowError>();
        var seen = new HashSet<DateOnly>();
        foreach (var row in rows)
        {
            if (!DateOnly.TryParseExact(row.Date?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new CalendarRowError(row.Row, "date", $"日期“{row.Date}”无法识别，应为 yyyy-MM-dd"));
                continue;
            }
            if (year is { } y && date.Year != y)
                errors.Add(new CalendarRowError(row.Row, "date", $"日期 {CalendarEntry.Format(date)} 不在 {y} 年内"));
            else if (date.Year is < WorkCalendar.MinYear or > WorkCalendar.MaxYear)
                errors.Add(new CalendarRowError(row.Row, "date", $"年份须在 {WorkCalendar.MinYear}–{WorkCalendar.MaxYear} 之间"));
            else if (seen.Contains(date))
                errors.Add(new CalendarRowError(row.Row, "date", $"日期 {CalendarEntry.Format(date)} 重复出现"));
            try
            {
                var entry = CalendarEntry.Create(date, row.Kind, row.Name);
                if (seen.Add(date)) days.Add(entry);
            }
            catch (FieldValidationException e)
            {
                errors.Add(new CalendarRowError(row.Row, e.Field, e.Message));
            }
        }
        return new CalendarRowsResult(days, [.. errors.OrderBy(e => e.Row)]);
    }
}
