using System.Globalization;

namespace Yingshang.Web.Features.Enterprises.Rules;

/// <summary>GB/T 4754-2017 国民经济行业分类: 20 门类 (A–T) over 大类 01–97, codes written as letter + 2–4 digits (C3911).</summary>
public static class IndustryCodes
{
    public static readonly IReadOnlyList<(char Letter, int FirstDivision, int LastDivision, string Name)> Sections =
    [
        ('A', 1, 5, "农、林、牧、渔业"), ('B', 6, 12, "采矿业"), ('C', 13, 43, "制造业"),
        ('D', 44, 46, "电力、热力、燃气及水生产和供应业"), ('E', 47, 50, "建筑业"), ('F', 51, 52, "批发和零售业"),
        ('G', 53, 60, "交通运输、仓储和邮政业"), ('H', 61, 62, "住宿和餐饮业"), ('I', 63, 65, "信息传输、软件和信息技术服务业"),
        ('J', 66, 69, "金融业"), ('K', 70, 70, "房地产业"), ('L', 71, 72, "租赁和商务服务业"),
        ('M', 73, 75, "科学研究和技术服务业"), ('N', 76, 79, "水利、环境和公共设施管理业"),
        ('O', 80, 82, "居民服务、修理和其他服务业"), ('P', 83, 83, "教育"), ('Q', 84, 85, "卫生和社会工作"),
        ('R', 86, 90, "文化、体育和娱乐业"), ('S', 91, 96, "公共管理、社会保障和社会组织"), ('T', 97, 97, "国际组织"),
    ];

    public static string? SectionName(char letter) =>
        Sections.Where(s => s.Letter == letter).Select(s => s.Name).FirstOrDefault();

    public static char? SectionOfDivision(int division) =>
        Sections.Where(s => division >= s.FirstDivision && division <= s.LastDivision).Select(s => (char?)s.Letter).FirstOrDefault();

    /// <summary>Name of a code if it is one of the classes the platform knows (<see cref="IndustryNames"/>), else its section's name.</summary>
    public static string Describe(string code) =>
        IndustryNames.Known.TryGetValue(code, out var name) ? name : SectionName(code[0]) ?? code;

    /// <summary>Upper-cases, derives the section letter when only digits are given, and checks letter and division agree.</summary>
    public static bool TryNormalise(string? input, out string code, out string? error)
    {
        code = "";
        var text = (input ?? "").Trim().ToUpperInvariant();
        if (text.Length == 0) { error = "行业代码为空"; return false; }
        var letter = char.IsAsciiLetter(text[0]) ? text[0] : (char?)null;
        var digits = letter is null ? text : text[1..];
        if (letter is { } l && SectionName(l) is null)
        {
            error = $"行业门类“{l}”不存在：门类为 A–T";
            return false;
        }
        if (digits.Length == 0) { code = text; error = null; return true; }
        if (digits.Length is < 2 or > 4 || !digits.All(char.IsAsciiDigit))
        {
            error = $"行业代码“{text}”格式不正确：应为门类字母加 2–4 位数字，如 C3911";
            return false;
        }
        var division = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        if (SectionOfDivision(division) is not { } section)
        {
            error = $"行业大类“{digits[..2]}”不存在：大类为 01–97";
            return false;
        }
        if (letter is { } given && given != section)
        {
            error = $"行业代码“{text}”的门类应为“{section}”（大类 {digits[..2]} 属于{SectionName(section)}）";
            return false;
        }
        code = section + digits;
        error = null;
        return true;
    }
}
