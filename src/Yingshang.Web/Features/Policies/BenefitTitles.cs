namespace Yingshang.Web.Features.Policies;

public static class BenefitTitles
{
    public static string Title(this BenefitKind kind) => kind switch
    {
        BenefitKind.Relief => "减免",
        BenefitKind.Subsidy => "奖补",
        BenefitKind.Entitlement => "权益",
        BenefitKind.Qualification => "资质",
        _ => kind.ToString(),
    };

    public static string Title(this BenefitMode mode) => mode switch
    {
        BenefitMode.Automatic => "免申即享",
        BenefitMode.FastTrack => "快申快享",
        BenefitMode.OnApplication => "依申请",
        _ => mode.ToString(),
    };

    public static BenefitKind? ParseKind(string? text) =>
        Enum.GetValues<BenefitKind>().Cast<BenefitKind?>().FirstOrDefault(k => Matches(text, k!.Value.Title(), k.Value.ToString()));

    public static BenefitMode? ParseMode(string? text) =>
        Enum.GetValues<BenefitMode>().Cast<BenefitMode?>().FirstOrDefault(m => Matches(text, m!.Value.Title(), m.Value.ToString()));

    private static bool Matches(string? text, string title, string name) =>
        text?.Trim() is { Length: > 0 } t && (t == title || string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
}
