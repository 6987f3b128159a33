namespace Yingshang.Web.Platform.Security;

/// <summary>The roles of DESIGN.md (and 企业用户 of issue 4), with the Chinese names shown in the UI.</summary>
public static class Roles
{
    public const string Public = "Public";
    public const string Operator = "Operator";
    public const string Handler = "Handler";
    public const string DepartmentLead = "DepartmentLead";
    public const string Supervisor = "Supervisor";
    public const string Inspector = "Inspector";
    public const string Leader = "Leader";
    public const string Admin = "Admin";
    /// <summary>An enterprise's own account: sees and answers only its own 兑现 cases (claim <see cref="AppClaims.Uscc"/>).</summary>
    public const string Enterprise = "Enterprise";

    public static readonly IReadOnlyList<(string Name, string Title, string Description)> All =
    [
        (Public, "公众/企业", "本人诉求（凭查询码）、公开页面、政策计算器、公开的检查结果"),
        (Operator, "话务员", "受理、知识库直接答复、派单"),
        (Handler, "承办人", "仅本部门的工作"),
        (DepartmentLead, "部门负责人", "本部门；审批延期与退单"),
        (Supervisor, "专班/督办", "全部；督办、考评、排名"),
        (Inspector, "执法检查人员", "本人的检查任务"),
        (Leader, "领导", "只读驾驶舱"),
        (Admin, "系统管理员", "全部：配置、用户、日历、各能力的主数据与操作"),
        (Enterprise, "企业用户", "本企业的惠企政策兑现：确认或放弃、补充数据、查看支付"),
    ];

    public static string Title(string role) => All.FirstOrDefault(r => r.Name == role).Title ?? role;

    /// <summary>Roles whose data scope is their own department only.</summary>
    public static readonly IReadOnlySet<string> DepartmentScoped = new HashSet<string>(StringComparer.Ordinal) { Handler, DepartmentLead, Inspector };

    /// <summary>Roles that see every department's records.</summary>
    public static readonly IReadOnlySet<string> Prefecture = new HashSet<string>(StringComparer.Ordinal) { Operator, Supervisor, Leader, Admin };
}
