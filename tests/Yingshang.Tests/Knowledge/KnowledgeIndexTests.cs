using Yingshang.Web.Features.Knowledge.Search;

namespace Yingshang.Tests.Knowledge;

public sealed class KnowledgeIndexTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly KnowledgeDocument[] Entries =
    [
        new(1, "如何办理营业执照（企业设立登记）？", "登录政务服务网“企业开办一网通办”专区申请，1个工作日内办结。", ["营业执照", "企业开办"], 10, null, true),
        new(2, "住房公积金提取需要什么材料？", "购房、还贷、租房可以提取住房公积金，多数业务可线上办理。", ["公积金提取"], 20, null, true),
        new(3, "医保异地就医怎么备案？", "通过国家医保服务平台APP办理异地就医备案后直接结算。", ["医保报销", "异地就医"], 30, null, true),
        new(4, "企业用电报装需要多长时间？", "低压小微企业用电报装实行“三零”服务，办电时间5个工作日以内。", ["用电报装"], 40, null, true),
        new(5, "个体工商户怎样转为企业？", "个体工商户可直接申请转型登记，无需先注销。", ["个体户转企业"], 10, null, true),
        new(6, "2025年小微企业六税两费减免", "对小型微利企业减半征收六税两费。", ["惠企政策咨询"], 50, new DateOnly(2026, 10, 31), true),
        new(7, "政务服务中心搬迁后的营业执照窗口（草稿）", "营业执照窗口搬迁时间待公告。", ["营业执照"], 10, null, false),
        new(9, "营业执照丢失了怎么补办？", "营业执照遗失的，公示遗失声明后申请补领。", ["营业执照", "补办"], 10, null, true),
    ];

    private readonly KnowledgeIndex _index = new();

    public KnowledgeIndexTests() => _index.Replace(Entries);

    public void Dispose() => _index.Dispose();

    private IReadOnlyList<int> Find(string text, IndexFilter? filter = null) => _index.Search(text, filter ?? new IndexFilter(Today), 0, 10).Ids;

    [Fact]
    public void Every_match_is_returned_when_asked_for_all_of_them_so_an_export_is_never_cut_short()
    {
        using var large = new KnowledgeIndex();
        large.Replace(Enumerable.Range(1, 12_000).Select(i => new KnowledgeDocument(i, $"营业执照第 {i} 问", "营业执照的答复。", [], null, null, true)));
        var all = large.Search("营业执照", new IndexFilter(Today), 0, 50_000);
        all.Total.ShouldBe(12_000);
        all.Ids.Count.ShouldBe(12_000);
        large.Search("营业执照", new IndexFilter(Today), 11_990, 50).Ids.Count.ShouldBe(10);
        large.Search("营业执照", new IndexFilter(Today), int.MaxValue - 10, 50).Ids.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("营业执照怎么办", 1)]
    [InlineData("营业执照丢了怎么补办", 9)]
    [InlineData("我想提取公积金，要带什么材料", 2)]
    [InlineData("医保异地备案", 3)]
    [InlineData("用电报装", 4)]
    [InlineData("个体户转企业", 5)]
    public void A_caller_s_question_finds_the_entry_about_it_first(string question, int expected) =>
        Find(question).ShouldSatisfyAllConditions(ids => ids.ShouldNotBeEmpty(), ids => ids[0].ShouldBe(expected));

    [Fact]
    public void Words_SmartCn_cuts_apart_are_still_found_through_bigrams()
    {
        // SmartCn reads 用电报装 as 用|电报|装 and 医保 as 医|保; the bigram fields match them anyway.
        Find("医保").ShouldContain(3);
        Find("报装").ShouldContain(4);
    }

    [Fact]
    public void Question_words_alone_find_nothing() => Find("请问，你好吗？").ShouldBeEmpty();

    [Fact]
    public void Expired_and_draft_entries_are_hidden_unless_asked_for()
    {
        Find("六税两费").ShouldBeEmpty();
        Find("营业执照").ShouldNotContain(7);
        Find("六税两费", new IndexFilter(Today, IncludeHidden: true)).ShouldBe([6]);
        Find("营业执照", new IndexFilter(Today, IncludeHidden: true)).ShouldContain(7);
        Find("六税两费", new IndexFilter(new DateOnly(2026, 10, 31))).ShouldBe([6]);
    }

    [Fact]
    public void Department_and_tag_filters_restrict_the_results()
    {
        Find("企业", new IndexFilter(Today, DepartmentId: 10)).ShouldBe([1, 5], ignoreOrder: true);
        Find("企业", new IndexFilter(Today, Tag: "个体户转企业")).ShouldBe([5]);
        Find("营业执照", new IndexFilter(Today, DepartmentId: 20)).ShouldBeEmpty();
    }

    [Fact]
    public void An_exact_tag_ranks_its_entries_first() => Find("公积金提取")[0].ShouldBe(2);

    [Fact]
    public void Changes_are_searchable_at_once_and_deletions_disappear()
    {
        _index.Upsert(new KnowledgeDocument(8, "燃气开户怎么办理？", "持身份证和不动产权证书到燃气公司营业厅申请开户。", ["燃气开户"], 60, null, true));
        Find("燃气开户").ShouldBe([8]);
        _index.Upsert(Entries[0] with { Question = "企业设立登记", Answer = "到政务服务中心办理。", Tags = [] });
        Find("营业执照").ShouldNotContain(1);
        _index.Delete(8);
        Find("燃气开户").ShouldBeEmpty();
    }

    [Fact]
    public void Paging_skips_the_earlier_hits_and_keeps_the_total()
    {
        var all = _index.Search("企业", new IndexFilter(Today), 0, 10);
        var second = _index.Search("企业", new IndexFilter(Today), 1, 1);
        second.Total.ShouldBe(all.Total);
        second.Ids.ShouldBe([all.Ids[1]]);
    }

    [Fact]
    public void Odd_input_is_no_query_syntax_and_no_error()
    {
        Should.NotThrow(() => Find("营业执照 AND (\"* ~ :"));
        Find("营业执照 AND (\"* ~ :").ShouldContain(1);
        Find("   ").ShouldBeEmpty();
    }
    [Fact]
    public void A_call_finds_only_entries_about_it_when_asked_about_the_question()
    {
        _index.Upsert(new KnowledgeDocument(20, "路口信号灯长时间不亮怎么反映", "信号灯故障由交警部门负责维修，请说明路口位置。", ["信号灯"], 60, null, true));
        _index.Upsert(new KnowledgeDocument(21, "公积金提取需要哪些材料", "携带身份证和银行卡办理；路口信号灯等交通问题请另行反映。", ["公积金"], 20, null, true));
        _index.Upsert(new KnowledgeDocument(22, "燃气表没气了怎么充值", "IC卡燃气表可在营业厅充值后插卡。", ["燃气"], 60, null, true));
        const string call = "人民路路口的信号灯坏了三天没人修";
        Find(call).ShouldContain(21); // the answer names 路口信号灯: context for the search page
        var about = new IndexFilter(Today, AboutQuestion: true);
        Find(call, about).ShouldBe([20]); // 21 only in its answer, 22 only through the lone 没
        Find("医保", about).ShouldBe([3]); // SmartCn cuts 医|保; the question's bigrams still match
        Find("我想提取公积金，要带什么材料", about)[0].ShouldBe(2);
        Find("没人", about).ShouldBeEmpty();
    }
}
