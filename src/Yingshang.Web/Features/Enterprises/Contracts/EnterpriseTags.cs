namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>
/// The controlled vocabulary of enterprise tags. Policies test tags by exact name, so free text (专精特新企业 vs 专精特新)
/// would silently miss; a new tag is added here (README.md).
/// </summary>
public static class EnterpriseTags
{
    public const string HighTech = "高新技术企业";
    public const string TechSme = "科技型中小企业";
    public const string Specialised = "专精特新";
    public const string LittleGiant = "小巨人";
    public const string Gazelle = "瞪羚企业";
    public const string Unicorn = "独角兽企业";
    public const string ForeignInvested = "外资企业";
    public const string IndividualToCompany = "个转企";
    public const string SmallToAboveScale = "小升规";
    public const string AboveScale = "规上企业";
    public const string Listed = "上市企业";
    public const string AgriculturalLeader = "农业产业化龙头企业";
    public const string TimeHonoured = "老字号";

    public static readonly IReadOnlyList<string> Known =
    [
        HighTech, TechSme, Specialised, LittleGiant, Gazelle, Unicorn, ForeignInvested,
        IndividualToCompany, SmallToAboveScale, AboveScale, Listed, AgriculturalLeader, TimeHonoured,
    ];

    public static bool IsKnown(string tag) => Known.Contains(tag, StringComparer.Ordinal);

    /// <summary>Splits on ; or ；, trims, drops empties and duplicates; keeps the order given.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
