namespace Yingshang.Web.Features.Enterprises.Rules;

/// <summary>The lower bounds of one size tier; a null bound means the standard does not use that criterion for the industry.</summary>
public sealed record SizeTier(int? Employees, decimal? RevenueWan, decimal? AssetsWan);

/// <summary>One row of 《中小企业划型标准规定》(工信部联企业〔2011〕300号) §4: the bounds (≥) of 大型, 中型 and 小型; below 小型 is 微型.</summary>
public sealed record SizeRule(string Industry, SizeTier Large, SizeTier Medium, SizeTier Small);

public static class SizeRules
{
    private static SizeRule Row(string industry, (int? X, decimal? Y, decimal? Z) large, (int? X, decimal? Y, decimal? Z) medium, (int? X, decimal? Y, decimal? Z) small) =>
        new(industry, new(large.X, large.Y, large.Z), new(medium.X, medium.Y, medium.Z), new(small.X, small.Y, small.Z));

    // X 从业人员 (人), Y 营业收入 (万元), Z 资产总额 (万元), as in §4 (一)–(十六).
    public static readonly SizeRule Agriculture = Row("农、林、牧、渔业", (null, 20000, null), (null, 500, null), (null, 50, null));
    public static readonly SizeRule Industry = Row("工业", (1000, 40000, null), (300, 2000, null), (20, 300, null));
    public static readonly SizeRule Construction = Row("建筑业", (null, 80000, 80000), (null, 6000, 5000), (null, 300, 300));
    public static readonly SizeRule Wholesale = Row("批发业", (200, 40000, null), (20, 5000, null), (5, 1000, null));
    public static readonly SizeRule Retail = Row("零售业", (300, 20000, null), (50, 500, null), (10, 100, null));
    public static readonly SizeRule Transport = Row("交通运输业", (1000, 30000, null), (300, 3000, null), (20, 200, null));
    public static readonly SizeRule Warehousing = Row("仓储业", (200, 30000, null), (100, 1000, null), (20, 100, null));
    public static readonly SizeRule Postal = Row("邮政业", (1000, 30000, null), (300, 2000, null), (20, 100, null));
    public static readonly SizeRule Accommodation = Row("住宿业", (300, 10000, null), (100, 2000, null), (10, 100, null));
    public static readonly SizeRule Catering = Row("餐饮业", (300, 10000, null), (100, 2000, null), (10, 100, null));
    public static readonly SizeRule InformationTransmission = Row("信息传输业", (2000, 100000, null), (100, 1000, null), (10, 100, null));
    public static readonly SizeRule Software = Row("软件和信息技术服务业", (300, 10000, null), (100, 1000, null), (10, 50, null));
    public static readonly SizeRule RealEstateDevelopment = Row("房地产开发经营", (null, 200000, 10000), (null, 1000, 5000), (null, 100, 2000));
    public static readonly SizeRule PropertyManagement = Row("物业管理", (1000, 5000, null), (300, 1000, null), (100, 500, null));
    public static readonly SizeRule LeasingAndBusinessServices = Row("租赁和商务服务业", (300, null, 120000), (100, null, 8000), (10, null, 100));
    public static readonly SizeRule Other = Row("其他未列明行业", (300, null, null), (100, null, null), (10, null, null));

    public static readonly IReadOnlyList<SizeRule> All =
    [
        Agriculture, Industry, Construction, Wholesale, Retail, Transport, Warehousing, Postal, Accommodation, Catering,
        InformationTransmission, Software, RealEstateDevelopment, PropertyManagement, LeasingAndBusinessServices, Other,
    ];

    /// <summary>
    /// The row for a GB/T 4754-2017 code, mapped as in 国家统计局《统计上大中小微型企业划分办法（2017）》;
    /// null with the reason when the code is too coarse or the industry is outside the standard.
    /// </summary>
    public static (SizeRule? Rule, string? Reason) For(string code)
    {
        var section = code[0];
        var digits = code[1..];
        return section switch
        {
            'A' => (Agriculture, null),
            'B' or 'C' or 'D' => (Industry, null),
            'E' => (Construction, null),
            'F' => Division(digits) switch
            {
                51 => (Wholesale, null),
                52 => (Retail, null),
                _ => Coarse(code, "批发业或零售业"),
            },
            'G' => Transportation(code, digits),
            'H' => Division(digits) switch
            {
                61 => (Accommodation, null),
                62 => (Catering, null),
                _ => Coarse(code, "住宿业或餐饮业"),
            },
            'I' => Division(digits) switch
            {
                63 or 64 => (InformationTransmission, null),
                65 => (Software, null),
                _ => Coarse(code, "信息传输业或软件和信息技术服务业"),
            },
            'J' => (null, "金融业适用《金融业企业划型标准规定》（银发〔2015〕309号），该标准需资产总额，本平台不划型"),
            'K' => digits.Length < 3 ? Coarse(code, "房地产开发经营、物业管理或其他房地产业") : digits[..3] switch
            {
                "701" => (RealEstateDevelopment, null),
                "702" => (PropertyManagement, null),
                _ => (Other, null),
            },
            'L' => (LeasingAndBusinessServices, null),
            _ => (Other, null),
        };
    }

    private static (SizeRule?, string?) Transportation(string code, string digits) => Division(digits) switch
    {
        // 铁路运输业 is excluded from 交通运输业 by the 2017 statistical mapping.
        53 => (Other, null),
        >= 54 and <= 58 => (Transport, null),
        59 when digits.Length < 3 => Coarse(code, "交通运输业（装卸搬运）或仓储业"),
        59 => digits[2] == '1' ? (Transport, null) : (Warehousing, null),
        60 => (Postal, null),
        _ => Coarse(code, "交通运输业、仓储业或邮政业"),
    };

    private static int Division(string digits) => digits.Length >= 2 ? (digits[0] - '0') * 10 + digits[1] - '0' : 0;

    private static (SizeRule?, string?) Coarse(string code, string choices) =>
        (null, $"行业代码“{code}”不够细，无法确定适用{choices}的划型标准");
}
