using Yingshang.Web.Features.Appeals.Rates;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Appeals;

public sealed class RateFormulaTests
{
    private static readonly RateWeights Default = new(0.30, 0.35, 0.35, 1.0);

    [Theory]
    [InlineData("2026-11", "2026-11", 1, "2026-10-31T16:00:00", "2026-11-30T16:00:00")]
    [InlineData("2026Q4", "2026Q4", 3, "2026-09-30T16:00:00", "2026-12-31T16:00:00")]
    [InlineData(" 2026q1 ", "2026Q1", 3, "2025-12-31T16:00:00", "2026-03-31T16:00:00")]
    [InlineData("2026-2", "2026-02", 1, "2026-01-31T16:00:00", "2026-02-28T16:00:00")]
    public void Months_and_quarters_are_Beijing_periods_in_utc(string text, string code, int months, string start, string end)
    {
        var period = RatePeriod.Parse(text, TimeProvider.System);
        period.Code.ShouldBe(code);
        period.Months.ShouldBe(months);
        period.Start.ShouldBe(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        period.End.ShouldBe(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026Q0")]
    [InlineData("2026Q5")]
    [InlineData("Q4-2026")]
    [InlineData("2026/11")]
    [InlineData("99999-01")]
    [InlineData("1999-12")]
    public void A_nonsense_period_names_the_period_field(string text) =>
        Should.Throw<FieldValidationException>(() => RatePeriod.Parse(text, TimeProvider.System)).Field.ShouldBe("period");

    [Fact]
    public void Trailing_months_of_a_quarter_end_with_its_last_month()
    {
        var months = RatePeriod.Parse("2026Q1", TimeProvider.System).TrailingMonths(12);
        months[0].Code.ShouldBe("2025-04");
        months[^1].Code.ShouldBe("2026-03");
    }

    [Fact]
    public void Basic_satisfaction_counts_with_its_weight_and_a_missing_part_leaves_the_composite_empty()
    {
        var counts = new RateCounts { ContactDue = 4, ContactedOnTime = 3, Visited = 4, Resolved = 2, Rated = 4, Satisfied = 2, BasicSatisfied = 2 };
        RateFormulas.Row("a", "A", counts, Default with { BasicSatisfied = 0.5 }).SatisfactionRate.ShouldBe(0.75);
        RateFormulas.Row("a", "A", counts, Default).Composite.ShouldBe(Math.Round(0.3 * 0.75 + 0.35 * 0.5 + 0.35 * 1.0, 4));
        RateFormulas.Row("a", "A", counts with { Rated = 0, Satisfied = 0, BasicSatisfied = 0 }, Default).Composite.ShouldBeNull();
        RateFormulas.Row("a", "A", counts, Default).DirectAnswerRate.ShouldBeNull();
    }

    [Fact]
    public void Equal_composites_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = RateFormulas.Ranked([Row("c", 0.8), Row("a", 0.9), Row("b", 0.8), Row("d", null), Row("e", 0.7)]);
        ranked.Select(r => (r.Key, r.Rank)).ShouldBe([("a", 1), ("b", 2), ("c", 2), ("e", 4), ("d", (int?)null)]);
    }

    [Fact]
    public void Red_and_black_lists_take_five_each_of_the_units_with_enough_appeals_and_nobody_twice()
    {
        var rows = Enumerable.Range(1, 12).Select(i => Row($"u{i:D2}", 1 - i / 100.0)).Append(Row("small", 0.99, dispatched: 9)).Append(Row("none", null));
        var report = new RatesReport("2026-11", "2026年11月", "department", new RateSettingsDto(0.3m, 0.35m, 0.35m, 1m, 10, 0), RateFormulas.Ranked(rows), null);
        var (red, black) = RankingsModel.Lists(report);
        red.Select(r => r.Key).ShouldBe(["u01", "u02", "u03", "u04", "u05"]);
        black.Select(r => r.Key).ShouldBe(["u12", "u11", "u10", "u09", "u08"]);

        var few = report with { Rows = RateFormulas.Ranked(rows.Take(7)) };
        var (red7, black7) = RankingsModel.Lists(few);
        red7.Count.ShouldBe(5);
        black7.Select(r => r.Key).ShouldBe(["u07", "u06"]);
    }

    private static RateRow Row(string key, double? composite, int dispatched = 20) =>
        new(key, key, dispatched, null, null, null, null, null, null, null, null, composite, null);
}
