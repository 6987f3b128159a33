using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;
using static Yingshang.Web.Features.Enterprises.Contracts.SizeClass;

namespace Yingshang.Tests.Enterprises;

/// <summary>The boundaries of every row of 工信部联企业〔2011〕300号 §4: "及以上" is inclusive, "以下" exclusive.</summary>
public sealed class SizeClassifierTests
{
    private const decimal Wan = 10_000m;
    private const decimal Fen = 0.01m;

    public static TheoryData<string, int?, decimal?, SizeClass?> Boundaries => new()
    {
        // (一) 农、林、牧、渔业: Y only.
        { "A0141", null, 20000 * Wan, Large }, { "A0141", null, 20000 * Wan - Fen, Medium },
        { "A0141", 5, 500 * Wan, Medium }, { "A0141", 5, 500 * Wan - Fen, Small },
        { "A0141", 5, 50 * Wan, Small }, { "A0141", 5000, 50 * Wan - Fen, Micro }, { "A0141", 5, null, null },
        // (二) 工业 (B, C, D): X and Y.
        { "C3911", 1000, 40000 * Wan, Large }, { "C3911", 999, 40000 * Wan, Medium }, { "B1011", 1000, 40000 * Wan - Fen, Medium },
        { "C3911", 300, 2000 * Wan, Medium }, { "C3911", 299, 2000 * Wan, Small }, { "D4413", 300, 2000 * Wan - Fen, Small },
        { "C3911", 20, 300 * Wan, Small }, { "C3911", 19, 300 * Wan, Micro }, { "C3911", 20, 300 * Wan - Fen, Micro },
        { "C3911", 19, null, Micro }, { "C3911", null, 299 * Wan, Micro }, { "C3911", 500, null, null }, { "C3911", null, null, null },
        // (三) 建筑业: Y and assets; assets are not collected, so only Y < 300 万 decides (微型).
        { "E4701", 5, 300 * Wan - Fen, Micro }, { "E4701", 5, 300 * Wan, null }, { "E4701", 5000, 80000 * Wan, null }, { "E4701", 5, null, null },
        // (四) 批发业.
        { "F5121", 200, 40000 * Wan, Large }, { "F5121", 199, 40000 * Wan, Medium }, { "F5121", 20, 5000 * Wan, Medium },
        { "F5121", 19, 5000 * Wan, Small }, { "F5121", 20, 5000 * Wan - Fen, Small }, { "F5121", 5, 1000 * Wan, Small },
        { "F5121", 4, 1000 * Wan, Micro }, { "F5121", 5, 1000 * Wan - Fen, Micro },
        // (五) 零售业.
        { "F5212", 300, 20000 * Wan, Large }, { "F5212", 299, 20000 * Wan, Medium }, { "F5212", 50, 500 * Wan, Medium },
        { "F5212", 49, 500 * Wan, Small }, { "F5212", 10, 100 * Wan, Small }, { "F5212", 9, 100 * Wan, Micro }, { "F5212", 10, 100 * Wan - Fen, Micro },
        // (六) 交通运输业 (G54–G58 and 装卸搬运 G591).
        { "G5431", 1000, 30000 * Wan, Large }, { "G5431", 999, 30000 * Wan, Medium }, { "G5431", 300, 3000 * Wan, Medium },
        { "G5431", 299, 3000 * Wan, Small }, { "G5910", 20, 200 * Wan, Small }, { "G5431", 19, 200 * Wan, Micro }, { "G5431", 20, 200 * Wan - Fen, Micro },
        // (七) 仓储业.
        { "G5920", 200, 30000 * Wan, Large }, { "G5920", 199, 30000 * Wan, Medium }, { "G5920", 100, 1000 * Wan, Medium },
        { "G5920", 99, 1000 * Wan, Small }, { "G5920", 20, 100 * Wan, Small }, { "G5920", 19, 100 * Wan, Micro }, { "G5920", 20, 100 * Wan - Fen, Micro },
        // (八) 邮政业.
        { "G6020", 1000, 30000 * Wan, Large }, { "G6020", 999, 30000 * Wan, Medium }, { "G6020", 300, 2000 * Wan, Medium },
        { "G6020", 299, 2000 * Wan, Small }, { "G6020", 20, 100 * Wan, Small }, { "G6020", 19, 100 * Wan, Micro }, { "G6020", 20, 100 * Wan - Fen, Micro },
        // (九) 住宿业 and (十) 餐饮业.
        { "H6110", 300, 10000 * Wan, Large }, { "H6110", 299, 10000 * Wan, Medium }, { "H6110", 100, 2000 * Wan, Medium },
        { "H6110", 99, 2000 * Wan, Small }, { "H6110", 10, 100 * Wan, Small }, { "H6110", 9, 100 * Wan, Micro }, { "H6110", 10, 100 * Wan - Fen, Micro },
        { "H6210", 300, 10000 * Wan, Large }, { "H6210", 300, 10000 * Wan - Fen, Medium }, { "H6210", 100, 2000 * Wan, Medium },
        { "H6210", 100, 2000 * Wan - Fen, Small }, { "H6210", 10, 100 * Wan, Small }, { "H6210", 9, 100 * Wan, Micro },
        // (十一) 信息传输业 (I63, I64).
        { "I6410", 2000, 100000 * Wan, Large }, { "I6410", 1999, 100000 * Wan, Medium }, { "I6410", 100, 1000 * Wan, Medium },
        { "I6410", 99, 1000 * Wan, Small }, { "I6410", 10, 100 * Wan, Small }, { "I6410", 9, 100 * Wan, Micro }, { "I6410", 10, 100 * Wan - Fen, Micro },
        // (十二) 软件和信息技术服务业 (I65).
        { "I6513", 300, 10000 * Wan, Large }, { "I6513", 299, 10000 * Wan, Medium }, { "I6513", 100, 1000 * Wan, Medium },
        { "I6513", 99, 1000 * Wan, Small }, { "I6513", 10, 50 * Wan, Small }, { "I6513", 9, 50 * Wan, Micro }, { "I6513", 10, 50 * Wan - Fen, Micro },
        // (十三) 房地产开发经营: Y and assets; only Y < 100 万 decides.
        { "K7010", 5, 100 * Wan - Fen, Micro }, { "K7010", 5, 100 * Wan, null }, { "K7010", 5, 200000 * Wan, null },
        // (十四) 物业管理.
        { "K7020", 1000, 5000 * Wan, Large }, { "K7020", 999, 5000 * Wan, Medium }, { "K7020", 300, 1000 * Wan, Medium },
        { "K7020", 299, 1000 * Wan, Small }, { "K7020", 100, 500 * Wan, Small }, { "K7020", 99, 500 * Wan, Micro }, { "K7020", 100, 500 * Wan - Fen, Micro },
        // (十五) 租赁和商务服务业: X and assets; only X < 10 decides.
        { "L7212", 9, 1_000_000 * Wan, Micro }, { "L7212", 10, 0, null }, { "L7212", 300, 1_000_000 * Wan, null },
        // (十六) 其他未列明行业: X only.
        { "M7320", 300, null, Large }, { "M7320", 299, null, Medium }, { "M7320", 100, 0, Medium },
        { "M7320", 99, 1_000_000 * Wan, Small }, { "O8040", 10, null, Small }, { "O8040", 9, null, Micro }, { "O8040", null, 5 * Wan, null },
        // Codes the 2017 statistical mapping puts elsewhere.
        { "G5310", 300, null, Large }, { "K7030", 9, null, Micro },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Boundary_of_the_2011_standard(string industry, int? employees, decimal? revenue, SizeClass? expected) =>
        SizeClassifier.Classify(industry, employees, revenue).Class.ShouldBe(expected);

    [Theory]
    [InlineData(null, "行业代码未知")]
    [InlineData("J6621", "金融业企业划型标准规定")]
    [InlineData("F", "批发业或零售业")]
    [InlineData("G59", "交通运输业（装卸搬运）或仓储业")]
    [InlineData("K70", "房地产开发经营、物业管理或其他房地产业")]
    public void Industries_the_standard_cannot_classify_are_unknown_with_a_reason(string? industry, string reason)
    {
        var result = SizeClassifier.Classify(industry, 10_000, 1_000_000 * Wan);
        result.Class.ShouldBeNull();
        result.Explanation.ShouldContain(reason);
    }

    [Fact]
    public void Micro_explanation_names_the_criterion_that_failed() =>
        SizeClassifier.Classify("C3911", 15, 5000 * Wan).Explanation.ShouldBe("工业：从业人员 15 人 < 20 人 → 微型");

    [Fact]
    public void Medium_explanation_shows_the_bounds_met_and_why_not_large() =>
        SizeClassifier.Classify("C3911", 350, 5000 * Wan).Explanation
            .ShouldBe("工业：从业人员 350 人 ≥ 300 人，且营业收入 5,000 万元 ≥ 2,000 万元；未达大型（从业人员 350 人 < 1,000 人、营业收入 5,000 万元 < 40,000 万元） → 中型");

    [Fact]
    public void Unknown_explanation_names_the_missing_data()
    {
        SizeClassifier.Classify("C3911", 500, null).Explanation.ShouldBe("工业：缺少营业收入，无法判定规模");
        SizeClassifier.Classify("E4701", 5, 500 * Wan).Explanation.ShouldContain("资产总额（本平台不采集）");
    }

    [Fact]
    public void Every_row_has_bounds_that_grow_from_small_to_large()
    {
        foreach (var rule in SizeRules.All)
        {
            Grows(rule.Small.Employees, rule.Medium.Employees, rule.Large.Employees).ShouldBeTrue(rule.Industry);
            Grows(rule.Small.RevenueWan, rule.Medium.RevenueWan, rule.Large.RevenueWan).ShouldBeTrue(rule.Industry);
            Grows(rule.Small.AssetsWan, rule.Medium.AssetsWan, rule.Large.AssetsWan).ShouldBeTrue(rule.Industry);
        }
    }

    private static bool Grows(decimal? small, decimal? medium, decimal? large) =>
        (small, medium, large) is (null, null, null) || (small < medium && medium < large);
}
