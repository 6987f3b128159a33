using Yingshang.Web.Features.Policies.Create;

namespace Yingshang.Web.Features.Policies.Demo;

/// <summary>
/// Demo policies of the kinds the leader's speech names. Rules use only fields and values the demo register holds
/// (Features/Enterprises/Demo); the documents, numbers and amounts are fictional.
/// </summary>
internal static class DemoPolicies
{
    private const string Office = "示范州人民政府办公室";

    private static readonly DateOnly Year2026 = new(2026, 1, 1);

    public static IReadOnlyList<CreatePolicy> All { get; } =
    [
        new("示范州稳工业增长若干措施（稳工业26条）", Office, "示政办发〔2026〕3号", Year2026, new(2027, 12, 31), "工业经济",
        [
            new("WGY-01", "规上工业企业稳增长奖励", "奖补", "免申即享", "industry",
                "kind = \"企业\" and industry_section = \"C\" and tags has \"规上企业\" and not abnormal and not dishonest",
                "min(round(revenue * 0.001, 2), 500000)"),
            new("WGY-02", "小升规企业一次性奖励", "奖补", "免申即享", "industry",
                "industry_section = \"C\" and revenue >= 20000000 and age_years <= 3 and not abnormal", "200000"),
            new("WGY-03", "工业企业稳岗返还", "奖补", "免申即享", "hrss",
                "industry_section = \"C\" and insured_employees >= 10 and tax_credit in [\"A\", \"B\"]", "min(insured_employees * 500, 300000)"),
        ]),
        new("示范州促进服务业高质量发展若干措施（促服务业36条）", Office, "示政办发〔2026〕7号", Year2026, new(2027, 12, 31), "服务业",
        [
            new("CFW-01", "服务业小微企业房租补贴", "奖补", "快申快享", "commerce",
                "kind = \"企业\" and industry_section in [\"F\", \"H\", \"L\", \"M\", \"O\"] and size in [\"小型\", \"微型\"] and not abnormal",
                "min(employees * 1000, 50000)"),
            new("CFW-02", "个体工商户经营补助", "奖补", "免申即享", "market",
                "类型 = \"个体工商户\" 且 成立年限 >= 1 且 非 经营异常", "3000"),
        ]),
        new("示范州国有房屋租金减免实施办法", Office, "示政办发〔2026〕12号", new(2026, 3, 1), new(2026, 12, 31), "减税降费",
        [
            new("GYFW-01", "承租国有房屋的小微企业和个体工商户减免3个月租金", "减免", "依申请", "finance",
                "kind in [\"企业\", \"个体工商户\"] and size in [\"小型\", \"微型\"] and not dishonest", null),
        ]),
        new("示范州“信易贷”“税易贷”贷款贴息办法", Office, "示政办发〔2026〕15号", Year2026, new(2028, 12, 31), "金融支持",
        [
            new("XYD-01", "信易贷贷款贴息", "奖补", "快申快享", "ndrc",
                "kind = \"企业\" and risk_class in [\"A\", \"B\"] and not dishonest and not abnormal", "min(round(registered_capital * 0.002, 2), 100000)"),
            new("SYD-01", "税易贷贷款贴息", "奖补", "快申快享", "tax",
                "kind = \"企业\" and tax_credit in [\"A\", \"B\"] and tax_paid >= 100000", "min(round(tax_paid * 0.05, 2), 200000)"),
        ]),
        new("示范州支持专精特新中小企业高质量发展奖励办法", Office, "示政办发〔2026〕21号", Year2026, null, "科技创新",
        [
            new("ZJTX-01", "专精特新中小企业认定奖励", "奖补", "免申即享", "industry",
                "tags has \"专精特新\" and not dishonest and tax_credit != \"D\"", "300000"),
            new("ZJTX-02", "专精特新“小巨人”企业奖励", "奖补", "免申即享", "industry",
                "tags has \"小巨人\" and not dishonest", "1000000"),
            new("GXJS-01", "高新技术企业减按15%税率", "减免", "免申即享", "tax",
                "tags has \"高新技术企业\"", null),
        ]),
        new("示范州个体工商户转型升级为企业奖励办法（个转企）", Office, "示政办发〔2026〕26号", Year2026, new(2027, 6, 30), "市场主体培育",
        [
            new("GZQ-01", "个转企一次性奖励", "奖补", "免申即享", "market",
                "kind = \"企业\" and tags has \"个转企\" and age_years <= 2 and not abnormal", "20000"),
            new("GZQ-02", "个转企社保补贴", "奖补", "快申快享", "hrss",
                "kind = \"企业\" and tags has \"个转企\" and insured_employees >= 3", "min(insured_employees * 1200, 36000)"),
        ]),
        new("示范州支持农业产业化龙头企业和农民专业合作社发展措施", Office, "示政办发〔2026〕30号", Year2026, new(2027, 12, 31), "乡村振兴",
        [
            new("NY-01", "农民专业合作社示范社奖补", "奖补", "依申请", "agriculture",
                "kind = \"农民专业合作社\" and employees >= 10 and revenue >= 1000000 and not abnormal", "50000"),
            new("NY-02", "农业产业化龙头企业贷款贴息", "奖补", "快申快享", "agriculture",
                "tags has \"农业产业化龙头企业\" and not dishonest", "min(round(revenue * 0.005, 2), 300000)"),
        ]),
    ];
}
