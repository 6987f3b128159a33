using Yingshang.Web.Features.Appeals.HotIssues;

namespace Yingshang.Tests.Appeals;

/// <summary>Grouping similar appeals and deciding which groups are hot issues.</summary>
public sealed class HotIssueClusteringTests
{
    private static readonly DateTime Day = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private static ClusterInput A(int id, string content, string category = "食品安全", int day = 0) =>
        new(id, Day.AddDays(day), category, content);

    private static readonly ClusterInput[] Sample =
    [
        A(1, "幸福超市销售过期食品，我3日前购买的牛奶已超过保质期，要求商家赔偿并查处。"),
        A(2, "小区电梯故障已5天，物业一直不维修，老人上下楼困难。", "物业住房"),
        A(3, "惠民超市销售过期食品，我2日前购买的牛奶已超过保质期，要求商家赔偿并查处。"),
        A(4, "金色家园小区电梯故障已3天，物业一直不维修，老人上下楼困难。", "物业住房"),
        A(5, "万家超市销售过期食品，我7日前购买的牛奶已超过保质期，要求商家赔偿并查处。"),
        A(6, "公司拖欠12名工人工资共约30万元，多次讨要无果。", "劳动保障"),
    ];

    [Fact]
    public void Appeals_about_the_same_matter_fall_into_one_cluster_and_different_matters_do_not()
    {
        var clusters = HotIssueClustering.Of(Sample);
        clusters.Select(c => c.Members.Select(m => m.Id).ToArray()).ShouldBe([[1, 3, 5], [2, 4], [6]]);
        clusters.Select(c => c.Key).ShouldBe([1, 2, 6]);
    }

    [Fact]
    public void Similar_texts_of_different_categories_stay_apart()
    {
        var clusters = HotIssueClustering.Of([A(1, Sample[0].Content), A(2, Sample[2].Content, "价格收费")]);
        clusters.Count.ShouldBe(2);
    }

    [Fact]
    public void The_same_appeals_in_any_order_give_the_same_clusters_and_labels()
    {
        var once = HotIssueClustering.Of(Sample);
        var again = HotIssueClustering.Of(Sample.Reverse().ToArray());
        again.Select(c => (c.Key, string.Join(',', c.Members.Select(m => m.Id)))).ShouldBe(once.Select(c => (c.Key, string.Join(',', c.Members.Select(m => m.Id)))));
        HotIssueClustering.Keywords(Sample.Select(s => s.Content).Reverse())
            .ShouldBe(HotIssueClustering.Keywords(Sample.Select(s => s.Content)));
    }

    [Fact]
    public void The_label_is_the_words_most_of_the_cluster_uses()
    {
        var label = HotIssueClustering.Keywords([Sample[0].Content, Sample[2].Content, Sample[4].Content]);
        label.Count.ShouldBe(HotIssueClustering.LabelWords);
        label.ShouldContain("保质期");
    }

    [Theory]
    [InlineData(6, 4, true)]   // 1.5 times
    [InlineData(6, 5, false)]  // 1.2 times
    [InlineData(5, 0, true)]   // new and big enough
    [InlineData(4, 0, false)]  // too small
    [InlineData(30, 20, true)]
    [InlineData(29, 20, false)]
    public void A_cluster_is_hot_when_big_enough_and_grown_by_the_factor(int now, int before, bool hot) =>
        HotIssueReport.IsHot(now, before, new HotIssueSettingsDto(5, 1.5m, 0)).ShouldBe(hot);

    [Fact]
    public void The_window_is_the_last_n_beijing_dates_and_the_previous_one_as_long()
    {
        // 2026-11-27 01:00 Beijing is still 11-26 in UTC.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));
        var w = HotIssueWindow.Parse("7", clock);
        (w.From, w.To, w.PreviousFrom, w.PreviousTo).ShouldBe((new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 14), new DateOnly(2026, 11, 20)));
        w.StartUtc.ShouldBe(new DateTime(2026, 11, 20, 16, 0, 0, DateTimeKind.Utc));
        w.EndUtc.ShouldBe(new DateTime(2026, 11, 27, 16, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("91")]
    [InlineData("abc")]
    [InlineData("-3")]
    public void A_bad_window_names_the_days_parameter(string days) =>
        Should.Throw<Yingshang.Web.Platform.Errors.FieldValidationException>(() => HotIssueWindow.Parse(days, TimeProvider.System)).Field.ShouldBe("days");
}
