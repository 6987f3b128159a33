using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Duplicates;
using Yingshang.Web.Features.Appeals.Suggest;

namespace Yingshang.Tests.Appeals;

/// <summary>The tokeniser and the naive Bayes model of smart dispatch, trained on a fixed small corpus.</summary>
public sealed class DispatchClassifierTests
{
    private static readonly (string Text, string Department)[] Corpus =
    [
        ("小区冬季供暖不热，暖气片温度只有十几度", "housing"),
        ("物业公司不履行职责，小区电梯和楼道无人维修", "housing"),
        ("开发商延期交房，购房合同约定的时间早已过了", "housing"),
        ("楼下燃气管道老化漏气，物业一直不更换", "housing"),
        ("超市销售过期食品，要求依法查处", "market"),
        ("商家缺斤短两，消费者要求退款", "market"),
        ("药店出售假冒伪劣药品", "market"),
        ("公司拖欠农民工工资三个月", "hrss"),
        ("单位不给缴纳养老保险和失业保险", "hrss"),
        ("小区停水两天，没有任何通知", "water"),
        ("自来水水质浑浊发黄，水压也很低", "water"),
    ];

    private static NaiveBayes<string> Model() => new(Corpus.Select(c => new Sample<string>(TextFeatures.Of(c.Text), c.Department)));

    [Fact]
    public void Smart_cn_words_and_character_bigrams_are_the_features()
    {
        var features = TextFeatures.Of("请问营业执照怎么办理？");
        features.ShouldContain("营业执照");
        features.ShouldContain("~执照");
        features.ShouldNotContain("请问");
        features.ShouldNotContain("~请问");
    }

    [Fact]
    public void Filler_words_and_punctuation_give_no_features() =>
        TextFeatures.Of("你好，请问，我们反映一下问题。").ShouldBeEmpty();

    [Theory]
    [InlineData("家里暖气不热，供暖公司不管，燃气费还涨了", "housing")]
    [InlineData("超市卖的牛奶过期了", "market")]
    [InlineData("老板欠了我们两个月工资不发", "hrss")]
    [InlineData("又停水了，自来水什么时候恢复", "water")]
    public void A_complaint_goes_to_the_department_that_handled_such_texts(string text, string department)
    {
        var ranked = Model().Rank(TextFeatures.Of(text), 3);
        ranked[0].Label.ShouldBe(department);
    }

    [Fact]
    public void Confidences_are_ordered_sum_to_at_most_one_and_name_the_words_behind_the_choice()
    {
        var ranked = Model().Rank(TextFeatures.Of("小区暖气不热，供暖温度太低"), 3);
        ranked.Count.ShouldBe(3);
        ranked.Select(r => r.Confidence).ShouldBeInOrder(SortDirection.Descending);
        ranked.Sum(r => r.Confidence).ShouldBeLessThanOrEqualTo(1.0000001);
        ranked[0].Confidence.ShouldBeGreaterThan(0.4);
        ranked[0].Evidence.ShouldContain("暖气");
    }

    [Fact]
    public void Evidence_shows_words_and_bigrams_that_do_not_cut_a_word_in_two()
    {
        var readable = TextFeatures.Analyse("我想提取公积金付房租").Readable;
        readable("公积金").ShouldBeTrue();
        readable("~积金").ShouldBeTrue();
        readable("~取公").ShouldBeFalse(); // 提取|公积金
        readable("~付房").ShouldBeFalse(); // 付|房租
        TextFeatures.Analyse("医保异地备案").Readable("~医保").ShouldBeTrue(); // SmartCn's 医|保
        TextFeatures.Analyse("医保异地备案").Readable("~保异").ShouldBeFalse();

        const string call = "楼下燃气管道漏气，小区暖气也不热";
        var ranked = Model().Rank(TextFeatures.Of(call), 1, TextFeatures.Analyse(call).Readable);
        ranked[0].Evidence.ShouldNotBeEmpty();
        ranked[0].Evidence.ShouldAllBe(e => TextFeatures.Analyse(call).Readable(e) || TextFeatures.Analyse(call).Readable("~" + e));
        ranked[0].Evidence.ShouldNotContain("道漏");
    }

    [Fact]
    public void A_text_with_no_known_word_gets_no_suggestion() =>
        Model().Rank(TextFeatures.Of("ABC 123"), 3).ShouldBeEmpty();

    [Fact]
    public void The_seeded_keyword_lists_alone_send_gas_leaks_to_the_gas_company_and_wages_to_hrss()
    {
        var model = new NaiveBayes<string>(DispatchKeywords.All.Select(k => new Sample<string>(TextFeatures.Of(k.Keywords), k.Department)));
        model.Rank(TextFeatures.Of("家里天然气漏气了，燃气表也坏了"), 1)[0].Label.ShouldBe("gas");
        model.Rank(TextFeatures.Of("工地老板拖欠工资"), 1)[0].Label.ShouldBe("hrss");
        model.Rank(TextFeatures.Of("我要办理不动产登记"), 1)[0].Label.ShouldBe("natural-resources");
    }

    [Theory]
    [InlineData("我要投诉这家饭店", AppealType.Complaint)]
    [InlineData("实名举报某工厂偷排废水", AppealType.Report)]
    [InlineData("请问营业执照怎么办理", AppealType.Consultation)]
    [InlineData("感谢社区工作人员的帮助", AppealType.Praise)]
    [InlineData("家里停电了，有老人需要用氧气机", AppealType.Help)]
    public void Cue_words_decide_the_type(string text, AppealType type) => TypeCues.Of(text).ShouldBe(type);

    [Fact]
    public void Without_a_cue_word_the_type_is_left_to_the_model() => TypeCues.Of("路灯坏了").ShouldBeNull();

    [Fact]
    public void Two_wordings_of_one_water_cut_are_similar_and_an_unrelated_text_is_not()
    {
        var a = TextSimilarity.Shingles("幸福小区停水两天了，家中有老人");
        var b = TextSimilarity.Shingles("我们幸福小区已经停水两天，没人管");
        var c = TextSimilarity.Shingles("超市销售过期食品");
        TextSimilarity.Of(a, b).Score.ShouldBeGreaterThanOrEqualTo(DuplicateFinder.MinSimilarity);
        TextSimilarity.Of(a, c).Score.ShouldBe(0);
    }
}
