using static Yingshang.Web.Features.Appeals.AppealType;

namespace Yingshang.Web.Features.Appeals.Demo;

/// <summary>A kind of demo appeal: the department that handles it, its category, the types it comes as, and texts.</summary>
/// <remarks>Placeholders: {place} {road} {estate} {shop} {company} {village} {school} {n} {m}; the reply reuses them.</remarks>
internal sealed record DemoTopic(string Department, string Category, AppealType[] Types, int Weight, string[] Texts, string Reply);

/// <summary>Realistic 12345 and enterprise appeals of a Chinese prefecture, one or more topics for every demo department.</summary>
internal static class DemoAppealTopics
{
    public static readonly DemoTopic[] All =
    [
        new("market", "食品安全", [Complaint, Report], 9,
            ["{shop}销售过期食品，我{n}日前购买的牛奶已超过保质期，要求商家赔偿并查处。", "举报{road}一家无证小作坊生产米线，卫生条件很差，污水直接排入下水道。",
             "{shop}出售的散装白酒疑似勾兑，喝后头痛，请市场监管部门抽检。"], "经现场检查，{shop}确有销售过期食品行为，已下架并立案调查，督促商家依法退赔。"),
        new("market", "价格收费", [Complaint, Consultation], 6,
            ["{shop}明码标价与结账价格不一致，多收了{n}元，店家拒不退还。", "咨询个体工商户变更经营范围需要准备哪些材料、能否网上办理。",
             "{place}停车场收费标准没有公示，一小时收了{n}元。"], "已约谈经营者，责令其规范明码标价并退还多收费用，将纳入日常监管。"),
        new("urban-management", "市容环境", [Complaint, Report, Suggestion], 10,
            ["{road}{place}门口长期占道经营，早晚高峰行人只能走机动车道。", "{road}夜间烧烤摊油烟和噪音扰民，每天营业到凌晨两点。",
             "{estate}小区门口建筑垃圾堆放{n}天无人清运。", "建议在{road}增设垃圾分类投放点和公共厕所。"], "已组织执法队员现场整治，清理占道摊点和垃圾，并安排专人早晚巡查。"),
        new("housing", "物业住房", [Complaint, Help, Consultation], 8,
            ["{estate}小区电梯故障已{n}天，物业一直不维修，老人上下楼困难。", "{estate}楼盘逾期{n}个月未交房，开发商不给说法。",
             "咨询公租房申请条件和办理流程。", "{estate}小区物业费上涨未经业主大会同意。"], "已督促物业企业限期维修并公示维修进度，开发企业已书面承诺交房时间。"),
        new("hrss", "劳动保障", [Complaint, Help, Consultation], 9,
            ["{company}拖欠{n}名工人工资共约{m}万元，多次讨要无果。", "咨询灵活就业人员养老保险缴费标准和缴费方式。",
             "{company}不签劳动合同也不缴社保，要求依法处理。", "社保卡补办{n}天还没拿到，请帮忙查询进度。"], "劳动保障监察大队已立案，责令{company}限期支付拖欠工资，并跟踪兑付情况。"),
        new("transport", "交通出行", [Complaint, Suggestion], 6,
            ["{road}的公交车班次太少，早高峰等车超过{n}分钟。", "出租车司机拒载并绕路，多收车费{n}元，车牌号已记录。",
             "建议在{road}与{road2}交叉口增设公交站点。"], "已约谈公交企业优化早高峰班次，出租车违规行为已立案处理。"),
        new("public-security", "治安户政", [Help, Complaint, Consultation], 6,
            ["{place}附近深夜有人飙车，噪音很大影响休息。", "咨询户口从外省迁入需要哪些材料。", "驾驶证到期换证，网上预约一直约不上。"],
            "辖区派出所已加强夜间巡逻，户政窗口已电话告知所需材料。"),
        new("water", "供水", [Help, Complaint], 5,
            ["{estate}小区突然停水{n}小时，没有任何通知。", "{estate}高层水压不足，{n}楼以上白天基本没水。"], "供水公司已抢修管网恢复供水，今后计划停水将提前24小时公告。"),
        new("power", "供电", [Help, Complaint], 4,
            ["{village}最近一周频繁停电，冰柜里的货都坏了。", "{company}申请增容报装{n}天没有进展，影响投产。"], "供电公司已更换故障变压器，增容报装已开辟绿色通道。"),
        new("gas", "燃气", [Help, Complaint], 3,
            ["{estate}小区燃气开户预约{n}天无人上门。", "{estate}楼道闻到燃气味，请尽快派人检查。"], "燃气公司已安排人员上门开户并完成安全检查。"),
        new("ecology", "生态环境", [Report, Complaint], 5,
            ["举报{company}夜间偷排废气，气味刺鼻。", "{village}旁的小河有黑色污水排入，鱼大量死亡。"], "经执法监测，{company}存在超标排放行为，已责令停产整改并立案处罚。"),
        new("education", "教育", [Complaint, Consultation], 5,
            ["{school}违规向学生收取资料费每人{n}元。", "咨询随迁子女义务教育入学报名时间和材料。"], "教育局已责令{school}退还违规收费，并将入学政策电话告知诉求人。"),
        new("health", "医疗卫生", [Complaint, Consultation, Praise], 5,
            ["在州人民医院挂号排队{n}小时，自助机经常故障。", "咨询新生儿出生医学证明如何办理。", "感谢州人民医院急诊科医护人员的及时救治。"],
            "医院已增加挂号窗口和自助设备维护人员，出生医学证明办理流程已告知。"),
        new("medical-insurance", "医疗保障", [Consultation, Help], 3,
            ["咨询异地就医备案怎么办理，能否在手机上办。", "住院费用医保报销{n}个月还没到账。"], "已指导诉求人通过国家医保服务平台办理备案，报销款已核实并拨付。"),
        new("tax", "税费服务", [Consultation, Help], 4,
            ["咨询小规模纳税人增值税减免政策的适用条件。", "{company}电子发票额度不够用，申请调整{n}天未批。"], "已向企业辅导减免政策，发票额度调整已办结。"),
        new("gov-services", "政务服务", [Complaint, Suggestion, Praise], 5,
            ["政务服务中心企业开办窗口排队{n}分钟，只开了一个窗口。", "一网通办平台无法上传材料，页面一直报错。",
             "感谢政务服务中心工作人员帮助我一次办好营业执照。"], "已增开窗口并实行预约分流，平台故障已修复。"),
        new("natural-resources", "不动产登记", [Complaint, Consultation], 4,
            ["{estate}业主办理不动产权证{n}年还没办下来。", "咨询二手房过户需要哪些材料。"], "不动产登记中心已协调开发企业补齐资料，首批产权证已发放。"),
        new("commerce", "营商环境", [Complaint, Help], 3,
            ["{company}反映招商引资时承诺的配套政策{n}个月未兑现。", "{company}希望协助对接外贸出口订单和展会资源。"], "商务局已牵头召开协调会，明确政策兑现时间表。"),
        new("finance", "惠企资金", [Help, Complaint], 2,
            ["{company}申报的稳岗补贴已公示{n}个月，资金仍未到账。"], "财政局已核实资金拨付流程，补贴已拨付到企业账户。"),
        new("ndrc", "项目审批", [Help, Complaint], 2,
            ["{company}投资项目备案后续审批环节多、时间长，请协调加快。"], "发展改革委已召集相关部门并联审批，项目手续已办结。"),
        new("industry", "企业服务", [Help, Consultation], 2,
            ["{company}咨询专精特新中小企业认定的申报条件。", "{company}生产用电价格高，希望享受相关优惠。"], "工信局已上门辅导申报，并协调供电企业落实优惠电价。"),
        new("science", "科技创新", [Consultation], 1, ["{company}咨询科技型中小企业评价入库流程。"], "科技局已电话辅导企业完成入库评价。"),
        new("civil-affairs", "民政", [Help, Consultation], 3,
            ["{village}低保户{n}个月没有领到低保金。", "咨询老年人高龄津贴申请条件。"], "民政局已核实并补发低保金，高龄津贴政策已告知。"),
        new("agriculture", "农业农村", [Complaint, Help], 3,
            ["{village}村民购买的化肥疑似假冒，庄稼长势很差。", "{village}农田灌溉渠年久失修，无法放水。"], "农业农村局已抽检农资并查处经营户，水渠维修已纳入计划。"),
        new("culture-tourism", "文化旅游", [Complaint, Praise], 2,
            ["在古城景区被导游强制购物，消费{n}元。", "感谢古城景区游客中心帮助找回丢失的钱包。"], "文旅局已查处涉事旅行社并责令退款。"),
        new("justice", "法律服务", [Help, Consultation], 2, ["咨询农民工讨薪如何申请法律援助。", "{company}希望得到合同纠纷的免费法律咨询。"], "司法局已安排法律援助律师对接。"),
        new("emergency", "安全生产", [Report], 2, ["举报{company}仓库堆放易燃物品，消防通道被堵。"], "应急管理局已联合消防部门检查，责令清除隐患。"),
        new("housing-fund", "住房公积金", [Consultation, Help], 3,
            ["咨询公积金贷款额度和申请条件。", "公积金提取申请{n}天未到账。"], "公积金中心已核实办理进度，提取款已到账。"),
        new("court", "执行与破产", [Help, Complaint], 1, ["{company}胜诉后执行款{n}个月未执行到位。"], "法院执行局已加快执行，部分执行款已发放。"),
    ];

    public static readonly string[] Roads = ["人民路", "兴华路", "文化路", "建设路", "滨河路", "榆华路", "龙泉路", "古城街", "北京路", "环城南路"];
    public static readonly string[] Places = ["农贸市场", "中心广场", "汽车站", "万达广场", "体育馆", "火车站", "第一中学", "州人民医院"];
    public static readonly string[] Estates = ["阳光花园", "金色家园", "滨江苑", "锦绣华城", "翠湖小区", "书香门第", "龙泉雅居", "东方明珠苑"];
    public static readonly string[] Shops = ["好又多超市", "惠民便利店", "老周米线店", "家乐福生活超市", "福满烟酒店", "鸿运粮油店"];
    public static readonly string[] Companies = ["云岭建材有限公司", "华信物流有限公司", "嘉禾食品有限公司", "恒泰建筑工程有限公司", "博远电子科技有限公司", "瑞丰茶业有限公司"];
    public static readonly string[] Villages = ["松坪村", "河头村", "大营村", "凤鸣村", "石桥村", "龙潭村", "新庄村", "白鹤村"];
    public static readonly string[] Schools = ["第一中学", "实验小学", "民族中学", "城关小学"];
    public static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "段", "杨", "字", "李"];
}
