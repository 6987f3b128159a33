using Yingshang.Web.Platform.Time;

namespace Yingshang.Tests.Time;

public sealed class CalendarRowsTests
{
    [Fact]
    public void The_shipped_file_is_valid_and_covers_2020_to_2026()
    {
        HolidayData.Parsed.Errors.ShouldBeEmpty();
        HolidayData.Calendar.Years.ShouldBe([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_and_column()
    {
        const string csv = """
            date,kind,name
            2027-01-01,holiday,元旦
            2026-05-01,holiday,劳动节
            2027-01-04,workday,元旦
            2027-02-30,holiday,春节
            2027-01-01,holiday,元旦
            2027-02-06,weekend,春节
            2027-02-07,workday,
            2027-03-01
            """;
        var result = CalendarRows.FromCsv(csv, 2027);
        result.IsValid.ShouldBeFalse();
        result.Errors.Select(e => (e.Row, e.Field)).ShouldBe(
            [(3, "date"), (4, "kind"), (5, "date"), (6, "date"), (7, "kind"), (8, "name"), (9, "line")]);
    }

    [Fact]
    public void Rows_pasted_from_Excel_with_tabs_are_accepted()
    {
        var result = CalendarRows.FromCsv("2027-01-01\tholiday\t元旦\n2027/2/6\tworkday\t春节\n\n", 2027);
        result.Errors.ShouldBeEmpty();
        result.Days.Select(d => d.Kind).ShouldBe([CalendarDayKind.Holiday, CalendarDayKind.Workday]);
        result.Days[1].Date.ShouldBe(new DateOnly(2027, 2, 6));
    }
}
