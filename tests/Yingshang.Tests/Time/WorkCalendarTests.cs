using System.Globalization;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;
using static Yingshang.Tests.Time.HolidayData;

namespace Yingshang.Tests.Time;

public sealed class WorkCalendarTests
{
    private static readonly WorkCalendar Cal = HolidayData.Calendar;

    public static TheoryData<string, string, string> Days2026 => Year(2026);

    [Theory]
    [MemberData(nameof(Days2026))]
    public void Every_2026_holiday_and_make_up_day_of_the_csv_is_treated_as_listed(string date, string kind, string name)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Cal.IsWorkingDay(day).ShouldBe(kind == "workday", $"{date} {name}");
        Cal.Find(day).ShouldNotBeNull().Name.ShouldBe(name);
    }

    [Fact]
    public void Days_not_listed_follow_monday_to_friday()
    {
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            if (Cal.Find(day) is not null) continue;
            Cal.IsWorkingDay(day).ShouldBe(day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), CalendarEntry.Format(day));
        }
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void A_year_has_the_published_number_of_working_days(int year, int expected) =>
        Cal.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)).ShouldBe(expected);

    [Fact]
    public void Three_working_days_before_Spring_Festival_end_after_the_holiday()
    {
        var due = Cal.AddWorkingDays(Beijing(2026, 2, 13), 3);
        WorkCalendar.Format(due).ShouldBe("2026-02-25T23:59:59+08:00");
    }

    [Fact]
    public void The_make_up_Saturday_before_Spring_Festival_counts_as_a_working_day() =>
        Cal.AddWorkingDays(Beijing(2026, 2, 13), 1).ShouldBe(End(2026, 2, 14));

    [Fact]
    public void A_deadline_started_on_the_make_up_Saturday_skips_the_whole_Spring_Festival() =>
        Cal.AddWorkingDays(Beijing(2026, 2, 14, 9), 1).ShouldBe(End(2026, 2, 24));

    [Fact]
    public void National_Day_pushes_the_deadline_past_the_golden_week()
    {
        Cal.AddWorkingDays(Beijing(2026, 9, 30), 1).ShouldBe(End(2026, 10, 8));
        Cal.AddWorkingDays(Beijing(2026, 9, 30), 3).ShouldBe(End(2026, 10, 10));
        Cal.AddWorkingDays(Beijing(2026, 9, 30), 4).ShouldBe(End(2026, 10, 12));
    }

    [Fact]
    public void Counting_from_a_holiday_starts_with_the_next_working_day() =>
        Cal.AddWorkingDays(Beijing(2026, 10, 3), 1).ShouldBe(End(2026, 10, 8));

    [Fact]
    public void Counting_from_a_weekend_starts_on_monday() =>
        Cal.AddWorkingDays(Beijing(2026, 3, 7), 1).ShouldBe(End(2026, 3, 9));

    [Fact]
    public void Late_evening_in_Beijing_still_counts_from_that_local_date() =>
        Cal.AddWorkingDays(Beijing(2026, 3, 2, 23, 30), 1).ShouldBe(End(2026, 3, 3));

    [Fact]
    public void An_instant_given_in_UTC_counts_from_its_Beijing_date()
    {
        // 16:30 UTC on 2 March is 00:30 on 3 March in Beijing.
        var from = new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero);
        Cal.AddWorkingDays(from, 1).ShouldBe(End(2026, 3, 4));
    }

    [Fact]
    public void Zero_working_days_is_the_end_of_the_same_local_day_even_on_a_holiday()
    {
        Cal.AddWorkingDays(Beijing(2026, 3, 2, 8), 0).ShouldBe(End(2026, 3, 2));
        Cal.AddWorkingDays(Beijing(2026, 10, 1, 8), 0).ShouldBe(End(2026, 10, 1));
    }

    [Fact]
    public void A_deadline_from_new_years_eve_lands_on_the_make_up_Sunday_of_January() =>
        Cal.AddWorkingDays(Beijing(2025, 12, 31), 1).ShouldBe(End(2026, 1, 4));

    [Fact]
    public void A_deadline_crossing_into_a_year_without_data_fails_instead_of_guessing()
    {
        var e = Should.Throw<BusinessRuleException>(() => Cal.AddWorkingDays(Beijing(2026, 12, 28), 5));
        e.Code.ShouldBe(WorkCalendar.YearMissing);
        e.Message.ShouldContain("2027");
    }

    [Fact]
    public void A_start_in_a_year_without_data_fails_even_for_zero_days()
    {
        Should.Throw<BusinessRuleException>(() => Cal.AddWorkingDays(Beijing(2027, 1, 5), 0)).Code.ShouldBe(WorkCalendar.YearMissing);
        Should.Throw<BusinessRuleException>(() => Cal.IsWorkingDay(new DateOnly(2019, 5, 1))).Message.ShouldContain("2019");
    }

    [Fact]
    public void Working_days_between_counts_like_the_deadline_itself()
    {
        var from = Beijing(2026, 9, 25);
        for (var n = 0; n <= 30; n++)
            Cal.WorkingDaysBetween(from, Cal.AddWorkingDays(from, n)).ShouldBe(n);
        Cal.WorkingDaysBetween(new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 30)).ShouldBe(-2);
    }

    [Fact]
    public void Hours_are_calendar_hours_through_weekends_and_holidays()
    {
        WorkCalendar.AddHours(Beijing(2026, 9, 30, 20), 24).ShouldBe(Beijing(2026, 10, 1, 20));
        WorkCalendar.Format(WorkCalendar.AddHours(new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero), 0.5))
            .ShouldBe("2026-02-13T10:30:00+08:00");
    }

    [Fact]
    public void A_calendar_refuses_days_outside_its_published_years_and_duplicates()
    {
        var day = new CalendarEntry(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦");
        Should.Throw<ArgumentException>(() => new WorkCalendar([2026], [day]));
        Should.Throw<ArgumentException>(() => new WorkCalendar([2027], [day, day]));
    }

    [Fact]
    public void A_published_year_without_a_listed_day_is_plain_monday_to_friday()
    {
        var calendar = new WorkCalendar([2030], []);
        calendar.AddWorkingDays(Beijing(2030, 1, 4), 1).ShouldBe(End(2030, 1, 7));
    }

    private static DateTimeOffset End(int year, int month, int day) => new(year, month, day, 23, 59, 59, ChinaTime.Offset);
}
