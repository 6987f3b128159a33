namespace Yingshang.Web.Features.Organisation;

/// <summary>示范州 as DESIGN.md describes it: the prefecture, its eight counties and its departments.</summary>
internal static class DemoOrganisation
{
    public const string PrefectureCode = "SFZ";
    public const string PrefectureName = "示范州";
    public const string DemoPassword = "Demo#2026";

    public static readonly IReadOnlyList<(string Code, string Name)> Counties =
    [
        ("sfs", "示范市"), ("dcx", "东城县"), ("xsx", "西山县"), ("nhx", "南河县"),
        ("blx", "北岭县"), ("qsx", "清水县"), ("smx", "石门县"), ("ytx", "云台县"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> Departments =
    [
        ("ndrc", "州发展和改革委员会"), ("gov-services", "州政务服务管理局"), ("market", "州市场监督管理局"),
        ("housing", "州住房和城乡建设局"), ("transport", "州交通运输局"), ("hrss", "州人力资源和社会保障局"),
        ("education", "州教育局"), ("health", "州卫生健康局"), ("natural-resources", "州自然资源局"),
        ("ecology", "州生态环境局"), ("urban-management", "州城市管理局"), ("public-security", "州公安局"),
        ("medical-insurance", "州医疗保障局"), ("tax", "州税务局"), ("finance", "州财政局"),
        ("civil-affairs", "州民政局"), ("water", "州水务局"), ("power", "国网示范州供电公司"),
        ("gas", "示范州燃气公司"), ("agriculture", "州农业农村局"), ("culture-tourism", "州文化和旅游局"),
        ("commerce", "州商务局"), ("justice", "州司法局"), ("industry", "州工业和信息化局"),
        ("science", "州科学技术局"), ("emergency", "州应急管理局"), ("housing-fund", "州住房公积金管理中心"),
        ("court", "州中级人民法院"),
    ];

    /// <summary>A county's department keeps the prefecture code, prefixed by the county code: <c>dcx.market</c>.</summary>
    public static (string Code, string Name) ForCounty(string countyCode, string countyName, (string Code, string Name) d) =>
        ($"{countyCode}.{d.Code}", (d.Name.StartsWith('州') ? countyName + d.Name[1..] : d.Name.Replace("示范州", countyName, StringComparison.Ordinal))
            .Replace("中级人民法院", "人民法院", StringComparison.Ordinal));

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string? Department)> Users =
    [
        ("admin", "系统管理员", Platform.Security.Roles.Admin, null),
        ("operator", "王话务", Platform.Security.Roles.Operator, null),
        ("handler.market", "李承办", Platform.Security.Roles.Handler, "market"),
        ("lead.market", "张科长", Platform.Security.Roles.DepartmentLead, "market"),
        ("supervisor", "赵督办", Platform.Security.Roles.Supervisor, "ndrc"),
        ("inspector.market", "陈执法", Platform.Security.Roles.Inspector, "market"),
        ("leader", "刘领导", Platform.Security.Roles.Leader, null),
        ("handler.housing", "周承办", Platform.Security.Roles.Handler, "housing"),
    ];
}
