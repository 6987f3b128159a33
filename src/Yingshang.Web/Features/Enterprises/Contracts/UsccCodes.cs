namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>The code tables of GB 32100-2015 (登记管理部门码, 机构类别码) and the province level of GB/T 2260.</summary>
public static class UsccCodes
{
    private static readonly Dictionary<char, (string Name, Dictionary<char, string> Categories)> Departments = new()
    {
        ['1'] = ("机构编制", new() { ['1'] = "机关", ['2'] = "事业单位", ['3'] = "中央编办直接管理机构编制的群众团体", ['9'] = "其他" }),
        ['2'] = ("外交", new() { ['1'] = "外国常驻新闻机构", ['9'] = "其他" }),
        ['3'] = ("司法行政", new()
        {
            ['1'] = "律师执业机构", ['2'] = "公证处", ['3'] = "基层法律服务所", ['4'] = "司法鉴定机构", ['5'] = "仲裁委员会", ['9'] = "其他",
        }),
        ['4'] = ("文化", new() { ['1'] = "外国在华文化中心", ['9'] = "其他" }),
        ['5'] = ("民政", new() { ['1'] = "社会团体", ['2'] = "民办非企业单位", ['3'] = "基金会", ['9'] = "其他" }),
        ['6'] = ("旅游", new() { ['1'] = "外国旅游部门常驻代表机构", ['2'] = "港澳台地区旅游部门常驻内地（大陆）代表机构", ['9'] = "其他" }),
        ['7'] = ("宗教", new() { ['1'] = "宗教活动场所", ['2'] = "宗教院校", ['9'] = "其他" }),
        ['8'] = ("工会", new() { ['1'] = "基层工会", ['9'] = "其他" }),
        ['9'] = ("工商（市场监管）", new() { ['1'] = "企业", ['2'] = "个体工商户", ['3'] = "农民专业合作社" }),
        ['A'] = ("中央军委改革和编制办公室", new() { ['1'] = "军队事业单位", ['9'] = "其他" }),
        ['N'] = ("农业", new() { ['1'] = "组级集体经济组织", ['2'] = "村级集体经济组织", ['3'] = "乡镇级集体经济组织", ['9'] = "其他" }),
        // The standard lists no categories under 其他; any digit is accepted there rather than rejecting real codes.
        ['Y'] = ("其他", "123456789".ToDictionary(c => c, _ => "其他")),
    };

    // GB/T 2260 province-level codes; 10 is used for registrations made at the central level (100000).
    private static readonly HashSet<string> Provinces =
    [
        "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    public static string? Department(char code) => Departments.TryGetValue(code, out var d) ? d.Name : null;

    public static string? Category(char department, char category) =>
        Departments.TryGetValue(department, out var d) && d.Categories.TryGetValue(category, out var c) ? c : null;

    public static bool IsProvince(ReadOnlySpan<char> code) => Provinces.Contains(code.ToString());

    /// <summary>Market entities are registered by 市场监管 (department 9): 91 企业, 92 个体工商户, 93 农民专业合作社.</summary>
    public static EnterpriseKind? MarketEntityKind(string uscc) =>
        uscc.Length < 2 || uscc[0] != '9' ? null : uscc[1] switch
        {
            '1' => EnterpriseKind.Enterprise,
            '2' => EnterpriseKind.IndividualBusiness,
            '3' => EnterpriseKind.FarmerCooperative,
            _ => null,
        };
}
