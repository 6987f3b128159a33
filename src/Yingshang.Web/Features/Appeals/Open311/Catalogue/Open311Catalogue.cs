using Yingshang.Web.Features.Appeals.Open311.Documents;

namespace Yingshang.Web.Features.Appeals.Open311.Catalogue;

/// <summary>One GeoReport service: an appeal category (<see cref="Appeal.Category"/> = <see cref="Name"/>) with a stable code.</summary>
public sealed record Open311Service(string Code, string Name, string Group, AppealType Type, string Description, string Keywords)
{
    public GeoObject ToGeo() => new(
        new("service_code", Code), new("service_name", Name), new("description", Description), new("metadata", false),
        new("type", "realtime"), new("keywords", Keywords), new("group", Group));
}

/// <summary>
/// The appeal categories offered through Open311 (README.md, "Open311"). Codes are part of the public contract: never
/// renumber or reuse one; add new ones and bump <see cref="Changeset"/>, which discovery publishes so clients refresh.
/// </summary>
public static class Open311Catalogue
{
    public const string Changeset = "2026-11-27T00:00:00+08:00";

    public static readonly IReadOnlyList<Open311Service> Services =
    [
        new("market", "市场监管", "市场与消费", AppealType.Complaint, "价格欺诈、食品安全、虚假宣传、无照经营、消费纠纷等",
            "价格,食品安全,消费维权,虚假宣传,无照经营,市场监管"),
        new("business-environment", "营商环境", "营商环境", AppealType.Complaint, "企业办事难、涉企乱收费、惠企政策不落实、拖欠企业账款等",
            "营商环境,涉企收费,惠企政策,拖欠账款,企业诉求"),
        new("government-services", "政务服务", "营商环境", AppealType.Complaint, "办事窗口服务态度、办理超时、材料反复提交、网上办事故障等",
            "政务服务,办事窗口,一网通办,办理时限,好差评"),
        new("property-management", "物业管理", "住房与城建", AppealType.Complaint, "物业服务、小区公共设施、维修资金、电梯故障等",
            "物业,小区,电梯,维修资金,业主"),
        new("water-supply", "供水", "公用事业", AppealType.Help, "停水、水压低、水质异常、供水管道漏水等",
            "停水,水压,水质,漏水,自来水"),
        new("power-supply", "供电", "公用事业", AppealType.Help, "停电、电压不稳、电表与电费、供电设施隐患等",
            "停电,电压,电费,电表,供电"),
        new("gas-supply", "燃气", "公用事业", AppealType.Help, "燃气中断、燃气设施维修、开户与缴费等（燃气泄漏请立即拨打燃气抢险电话）",
            "燃气,天然气,燃气表,开户"),
        new("city-appearance", "市容环卫", "城市管理", AppealType.Complaint, "垃圾清运、占道经营、乱搭乱建、户外广告、井盖缺失等",
            "垃圾,占道经营,违章搭建,广告牌,井盖,城市管理"),
        new("roads-traffic", "道路交通", "交通出行", AppealType.Help, "道路破损、路灯、交通信号、公交线路与站点、出租车服务等",
            "道路,坑洼,路灯,红绿灯,公交,出租车"),
        new("environment", "生态环境", "生态环境", AppealType.Report, "噪声扰民、餐饮油烟、废气废水排放、扬尘等",
            "噪声,油烟,污染,排污,扬尘,环保"),
        new("labour-social-security", "劳动社保", "民生保障", AppealType.Help, "拖欠工资、社会保险、劳动合同、就业服务等",
            "欠薪,工资,社保,劳动合同,就业"),
        new("other", "其他", "其他", AppealType.Help, "不属于以上类别的其他诉求",
            "其他"),
    ];

    public static Open311Service? Find(string? code) =>
        Services.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static Open311Service Require(string? code) =>
        Find(code) ?? throw GeoReportException.NotFound($"service_code “{code}” 不存在，可用的服务见 services.xml");
}
