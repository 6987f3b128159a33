namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>
/// Words by which a caller says what kind of appeal it is (README.md, "Smart dispatch"). A cue in the text decides the type
/// before any model: someone who says 我要投诉 is complaining, whatever the subject. Order matters: the first match wins.
/// </summary>
public static class TypeCues
{
    private static readonly (AppealType Type, string[] Words)[] Cues =
    [
        (AppealType.Report, ["举报", "检举", "揭发"]),
        (AppealType.Complaint, ["投诉", "不作为", "乱收费", "态度恶劣", "扰民"]),
        (AppealType.Praise, ["表扬", "感谢", "锦旗", "点赞"]),
        (AppealType.Suggestion, ["建议", "提议", "希望增设", "能否增加"]),
        (AppealType.Help, ["求助", "帮忙", "帮助", "被困", "救助", "停水", "停电", "停气"]),
        (AppealType.Consultation, ["咨询", "请问", "怎么办", "如何办理", "怎么办理", "需要什么", "在哪里", "多少钱", "吗？", "吗?"]),
    ];

    public static AppealType? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var (type, words) in Cues)
            if (words.Any(w => text.Contains(w, StringComparison.Ordinal))) return type;
        return null;
    }
}
