using System.Globalization;
using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Enterprises.Rules;

/// <summary>The derived size and the rule that gave it; <see cref="Class"/> is null when the data cannot decide.</summary>
public sealed record SizeAssessment(SizeClass? Class, string? Industry, string Explanation);

/// <summary>
/// Applies the 2011 standard with three-valued logic: a missing input is unknown, and a class is returned only
/// when the known inputs settle it (e.g. 工业 with 从业人员 15 is 微型 whatever the revenue). Assets are not
/// collected, so 建筑业, 房地产开发经营 and 租赁和商务服务业 are classified only when the other criterion settles it.
/// </summary>
public static class SizeClassifier
{
    private enum Criterion { Employees, Revenue, Assets }

    private sealed record Inputs(int? Employees, decimal? RevenueWan);

    public static SizeAssessment Classify(string? industryCode, int? employees, decimal? revenueYuan)
    {
        if (string.IsNullOrEmpty(industryCode)) return new(null, null, "行业代码未知，无法划型");
        var (rule, reason) = SizeRules.For(industryCode);
        if (rule is null) return new(null, null, reason!);
        var inputs = new Inputs(employees, revenueYuan / 10000m);
        var large = Meets(rule.Large, inputs);
        var medium = Meets(rule.Medium, inputs);
        var small = Meets(rule.Small, inputs);
        var name = rule.Industry;
        if (large == true) return new(SizeClass.Large, name, $"{name}：{Met(rule.Large, inputs)} → 大型");
        // Bounds grow from 小型 to 大型, so failing 小型 means failing every tier above it.
        if (small == false) return new(SizeClass.Micro, name, $"{name}：{Failed(rule.Small, inputs)} → 微型");
        if (large == false && medium == true)
            return new(SizeClass.Medium, name, $"{name}：{Met(rule.Medium, inputs)}；未达大型（{Failed(rule.Large, inputs)}） → 中型");
        if (large == false && medium == false && small == true)
            return new(SizeClass.Small, name, $"{name}：{Met(rule.Small, inputs)}；未达中型（{Failed(rule.Medium, inputs)}） → 小型");
        return new(null, name, $"{name}：缺少{Missing(rule, inputs)}，无法判定规模");
    }

    private static IEnumerable<(Criterion Criterion, decimal Bound)> Bounds(SizeTier tier)
    {
        if (tier.Employees is { } x) yield return (Criterion.Employees, x);
        if (tier.RevenueWan is { } y) yield return (Criterion.Revenue, y);
        if (tier.AssetsWan is { } z) yield return (Criterion.Assets, z);
    }

    private static decimal? Value(Criterion criterion, Inputs inputs) => criterion switch
    {
        Criterion.Employees => inputs.Employees,
        Criterion.Revenue => inputs.RevenueWan,
        _ => null,
    };

    /// <summary>Kleene AND of "value ≥ bound" over the tier's criteria.</summary>
    private static bool? Meets(SizeTier tier, Inputs inputs)
    {
        bool? result = true;
        foreach (var (criterion, bound) in Bounds(tier))
        {
            var value = Value(criterion, inputs);
            if (value is null) result = result == false ? false : null;
            else if (value < bound) return false;
        }
        return result;
    }

    private static string Met(SizeTier tier, Inputs inputs) =>
        string.Join("，且", Bounds(tier).Select(b => Compare(b.Criterion, Value(b.Criterion, inputs)!.Value, "≥", b.Bound)));

    private static string Failed(SizeTier tier, Inputs inputs) =>
        string.Join("、", Bounds(tier)
            .Where(b => Value(b.Criterion, inputs) is { } v && v < b.Bound)
            .Select(b => Compare(b.Criterion, Value(b.Criterion, inputs)!.Value, "<", b.Bound)));

    private static string Missing(SizeRule rule, Inputs inputs) =>
        string.Join("、", Bounds(rule.Small).Where(b => Value(b.Criterion, inputs) is null).Select(b => b.Criterion switch
        {
            Criterion.Employees => "从业人员",
            Criterion.Revenue => "营业收入",
            _ => "资产总额（本平台不采集）",
        }));

    private static string Compare(Criterion criterion, decimal value, string op, decimal bound) => criterion switch
    {
        Criterion.Employees => string.Create(CultureInfo.InvariantCulture, $"从业人员 {value:#,0} 人 {op} {bound:#,0} 人"),
        _ => string.Create(CultureInfo.InvariantCulture, $"营业收入 {value:#,0.##} 万元 {op} {bound:#,0} 万元"),
    };
}
