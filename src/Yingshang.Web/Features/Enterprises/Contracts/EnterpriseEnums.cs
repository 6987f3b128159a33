namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>市场主体类型, matching 机构类别码 91 / 92 / 93.</summary>
public enum EnterpriseKind { Enterprise, IndividualBusiness, FarmerCooperative }

/// <summary>企业规模 per 工信部联企业〔2011〕300号; derived, never entered.</summary>
public enum SizeClass { Large, Medium, Small, Micro }

/// <summary>纳税信用级别 (国家税务总局公告2014年第48号, M added by 2018年第8号).</summary>
public enum TaxCreditGrade { A, B, M, C, D }

/// <summary>企业信用风险分类 used for 双随机 sampling ratios: A low risk … D high risk.</summary>
public enum CreditRiskClass { A, B, C, D }

public static class EnterpriseTitles
{
    public const string Unknown = "未知";

    public static string Title(this EnterpriseKind kind) => kind switch
    {
        EnterpriseKind.Enterprise => "企业",
        EnterpriseKind.IndividualBusiness => "个体工商户",
        EnterpriseKind.FarmerCooperative => "农民专业合作社",
        _ => kind.ToString(),
    };

    public static string Title(this SizeClass size) => size switch
    {
        SizeClass.Large => "大型",
        SizeClass.Medium => "中型",
        SizeClass.Small => "小型",
        SizeClass.Micro => "微型",
        _ => size.ToString(),
    };

    public static string Title(this SizeClass? size) => size?.Title() ?? Unknown;

    public static EnterpriseKind? ParseKind(string? text) => text?.Trim() switch
    {
        "企业" or "Enterprise" => EnterpriseKind.Enterprise,
        "个体工商户" or "个体" or "IndividualBusiness" => EnterpriseKind.IndividualBusiness,
        "农民专业合作社" or "合作社" or "FarmerCooperative" => EnterpriseKind.FarmerCooperative,
        _ => null,
    };

    /// <summary>Accepts 大型/中型/小型/微型 (also without 型) and the enum names.</summary>
    public static SizeClass? ParseSize(string? text) => text?.Trim() switch
    {
        "大型" or "大" => SizeClass.Large,
        "中型" or "中" => SizeClass.Medium,
        "小型" or "小" => SizeClass.Small,
        "微型" or "微" => SizeClass.Micro,
        { } s when Enum.TryParse<SizeClass>(s, ignoreCase: true, out var v) && !int.TryParse(s, out _) => v,
        _ => null,
    };
}
