using System.Globalization;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Admin.Audit;

/// <summary>Chinese names for what the audit log stores in code terms; anything not listed is shown as stored.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["create"] = "新增", ["update"] = "修改", ["delete"] = "删除", ["export"] = "导出", ["reset-password"] = "重置密码",
        ["reveal"] = "查看完整号码", ["import"] = "导入", ["use"] = "引用",
    };

    // Entity types are CLR type names; these are the platform's own.
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["AppUser"] = "用户", ["AppRole"] = "角色", ["IdentityUserRole`1"] = "用户角色", ["IdentityUserClaim`1"] = "用户声明",
        ["IdentityUserToken`1"] = "用户令牌", ["Department"] = "部门", ["Region"] = "州/县市", ["Counter"] = "编号计数器",
        ["DataProtectionKey"] = "数据保护密钥", ["AuditEntry"] = "审计日志", ["OutboxMessage"] = "通知",
        ["Appeal"] = "诉求", ["AppealRatingInvitation"] = "诉求评价邀请", ["AppealRatingToken"] = "诉求评价链接",
        ["AppealCoDepartment"] = "诉求协办部门", ["AppealEvent"] = "诉求办理记录", ["AppealPause"] = "诉求挂起记录",
        ["AppealRates"] = "考核排名", ["AppealSlaRule"] = "诉求办理时限", ["RateSettings"] = "诉求考核权重",
        ["DispatchKeyword"] = "派单关键词", ["DispatchSuggestionRecord"] = "智能派单建议", ["HotIssues"] = "热点诉求",
        ["HotIssueSettings"] = "热点诉求设置", ["TypicalCase"] = "典型案例", ["Open311ApiKey"] = "Open311 接口密钥",
        ["Open311Submission"] = "Open311 提交", ["CalendarDay"] = "工作日历（日）", ["CalendarYear"] = "工作日历（年）",
        ["KnowledgeEntry"] = "知识库条目", ["Enterprise"] = "企业名录", ["EnterpriseVisit"] = "联企走访", ["VisitIssue"] = "走访问题",
        ["ServiceOfficerAssignment"] = "首席服务员", ["Policy"] = "惠企政策", ["Benefit"] = "兑现事项", ["BenefitRuleVersion"] = "兑现规则版本",
        ["MatchRun"] = "匹配批次", ["MatchRunBenefit"] = "匹配批次事项", ["Grant"] = "兑现案件", ["GrantStep"] = "兑现案件记录",
        ["GrantPayment"] = "兑现支付", ["GrantStatistics"] = "兑现统计",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Id"] = "标识", ["Code"] = "编码", ["Name"] = "名称", ["IsActive"] = "启用", ["Version"] = "版本",
        ["CreatedAt"] = "创建时间", ["CreatedBy"] = "创建人", ["UpdatedAt"] = "修改时间", ["UpdatedBy"] = "修改人",
        ["UserName"] = "用户名", ["NormalizedUserName"] = "用户名（规范化）", ["DisplayName"] = "姓名", ["DepartmentId"] = "部门标识",
        ["RegionId"] = "州/县市标识", ["PasswordHash"] = "密码", ["SecurityStamp"] = "安全戳", ["ConcurrencyStamp"] = "并发戳",
        ["LockoutEnd"] = "锁定截止", ["LockoutEnabled"] = "允许锁定", ["AccessFailedCount"] = "登录失败次数",
        ["Email"] = "邮箱", ["NormalizedEmail"] = "邮箱（规范化）", ["EmailConfirmed"] = "邮箱已验证", ["PhoneNumber"] = "手机号",
        ["PhoneNumberConfirmed"] = "手机号已验证", ["TwoFactorEnabled"] = "双因素认证", ["UserId"] = "用户标识", ["RoleId"] = "角色标识", ["Q"] = "筛选：文字", ["Department"] = "筛选：部门", ["Role"] = "筛选：角色",
        ["Region"] = "筛选：州/县市", ["Rows"] = "导出条数", ["Actor"] = "筛选：操作人", ["EntityType"] = "筛选：对象类型",
        ["EntityKey"] = "筛选：对象标识", ["From"] = "筛选：起始日期", ["To"] = "筛选：截止日期",
        ["Fields"] = "查看项", ["Reason"] = "事由",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    public static string Entity(string type) => Entities.GetValueOrDefault(type, type);

    public static string Field(string field) => Fields.GetValueOrDefault(field, field);

    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>One line of the "导出Excel" file: the entry as stored, with the time in China time.</summary>
public sealed record AuditRow(
    [property: ExcelColumnName("编号")] long Id,
    [property: ExcelColumnName("时间（北京时间）")] string At,
    [property: ExcelColumnName("操作人")] string Actor,
    [property: ExcelColumnName("操作")] string Action,
    [property: ExcelColumnName("对象类型")] string EntityType,
    [property: ExcelColumnName("对象标识")] string EntityKey,
    [property: ExcelColumnName("修改前")] string Before,
    [property: ExcelColumnName("修改后")] string After,
    [property: ExcelColumnName("哈希")] string Hash)
{
    public static AuditRow From(AuditEntry e) => new(e.Id, AuditLabels.Time(e.At), e.Actor, AuditLabels.Action(e.Action),
        AuditLabels.Entity(e.EntityType), e.EntityKey, e.Before ?? "", e.After ?? "", e.Hash);
}
