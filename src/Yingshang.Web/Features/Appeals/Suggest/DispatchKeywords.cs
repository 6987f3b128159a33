namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>
/// The seeded keyword list of each prefecture department (README.md, "Smart dispatch"): what the 12345 centre's dispatch
/// guide says each department handles, and the category an appeal about it gets. Each list is one training document of
/// its department, so a department without history can still be suggested; with too little history they decide alone.
/// Changing a list is a code change reviewed like any other rule; the README lists them.
/// </summary>
public static class DispatchKeywords
{
    public sealed record Entry(string Department, string Category, string Keywords);

    public static readonly IReadOnlyList<Entry> All =
    [
        new("market", "市场监管", "营业执照 个体工商户 食品安全 过期食品 假冒伪劣 价格欺诈 缺斤短两 消费维权 退款 商家 超市 餐馆 药店 广告 计量 特种设备 电梯 占道经营"),
        new("housing", "住房城乡建设", "物业 物业费 小区 业主 供暖 暖气 燃气管道 施工 工地 噪音 商品房 房产 交房 延期交房 维修基金 老旧小区 建筑 拆迁 棚改"),
        new("gas", "燃气", "燃气 天然气 煤气 漏气 燃气表 燃气费 通气 开户 燃气报装 气压 燃气灶 液化气"),
        new("water", "供水", "停水 供水 自来水 水压 水质 水费 水表 漏水 爆管 用水报装 二次供水 水管"),
        new("power", "供电", "停电 供电 电费 电表 电压 用电报装 电线 变压器 跳闸 充电桩 光伏 电力"),
        new("transport", "交通运输", "公交 出租车 网约车 客运 班车 道路 公路 货车 超载 驾校 站台 线路 物流 快递 运输"),
        new("public-security", "公安", "户口 户籍 身份证 迁移 落户 车管 驾驶证 车牌 交警 违章 违停 噪音扰民 诈骗 治安 盗窃 报警"),
        new("hrss", "人力资源社会保障", "工资 欠薪 拖欠工资 农民工 劳动合同 社保 养老保险 失业 就业 招聘 职称 工伤 退休 养老金"),
        new("medical-insurance", "医疗保障", "医保 医疗保险 报销 异地就医 医保卡 门诊 住院报销 参保 慢性病 药品目录"),
        new("health", "卫生健康", "医院 医生 看病 挂号 疫苗 接种 诊所 医疗纠纷 卫生 护士 急诊 体检 传染病"),
        new("education", "教育", "学校 学生 老师 入学 招生 学籍 幼儿园 补课 培训机构 校车 学费 课外 中考 高考"),
        new("urban-management", "城市管理", "占道 摊贩 乱搭乱建 违章建筑 垃圾 环卫 路灯 井盖 绿化 广告牌 渣土 油烟 城管 停车位"),
        new("ecology", "生态环境", "污染 排污 废气 废水 异味 粉尘 环保 噪声污染 河道污染 工厂排放 危险废物 烟尘"),
        new("natural-resources", "自然资源", "不动产 不动产登记 房产证 产权证 土地 宅基地 规划 测绘 矿产 土地证 国土"),
        new("tax", "税务", "发票 纳税 税款 个税 退税 增值税 税务登记 申报 社保费 减税 开票 税收"),
        new("civil-affairs", "民政", "低保 救助 养老院 婚姻登记 殡葬 社会组织 残疾 孤儿 困难群众 社区 居委会 特困"),
        new("agriculture", "农业农村", "农业 农民 种子 化肥 农药 养殖 耕地 补贴 农机 合作社 农村 村民 动物防疫"),
        new("culture-tourism", "文化旅游", "景区 旅游 导游 门票 旅行社 酒店 网吧 演出 文物 博物馆 图书馆"),
        new("commerce", "商务", "招商 招商引资 外贸 进出口 商场 商业 电商 加油站 成品油 再生资源 预付卡"),
        new("housing-fund", "住房公积金", "公积金 公积金提取 公积金贷款 住房公积金 缴存 公积金账户"),
        new("gov-services", "政务服务", "政务服务 办事大厅 窗口 一网通办 审批 办理 材料 跑腿 好差评 证明 政务中心"),
        new("emergency", "应急管理", "安全生产 火灾 消防 应急 危化品 隐患 事故 煤矿 烟花爆竹 防汛"),
        new("justice", "司法", "法律援助 律师 公证 调解 纠纷调解 司法鉴定 社区矫正"),
        new("court", "法院", "法院 执行 判决 立案 破产 诉讼 强制执行 被执行人"),
        new("finance", "财政", "财政 补助资金 专项资金 政府采购 财政补贴 奖补资金 拨付"),
        new("industry", "工业和信息化", "工业 企业用工 网络信号 通信 基站 宽带 工业园区 中小企业 专精特新"),
        new("science", "科学技术", "科技 高新技术企业 科技型中小企业 研发 专利 科技项目 技术合同"),
        new("ndrc", "营商环境", "营商环境 项目审批 投资项目 物价 价格 重点项目 政策落实 涉企收费 乱收费"),
    ];
}
