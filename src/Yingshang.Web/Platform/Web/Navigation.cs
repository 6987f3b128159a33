using System.Security.Claims;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Web;

public sealed record NavigationItem(string Section, string Title, string Path, IReadOnlyList<string> Roles);

/// <summary>The left navigation. Each capability adds its entries in its module; the layout shows the ones the user's roles allow.</summary>
public sealed class Navigation
{
    private static readonly List<NavigationItem> Items =
    [
        new("工作台", "首页", "/", []),
        new("市场主体", "企业名录", "/Enterprises", Policies.RolesOf[Policies.Staff]),
        new("接诉即办", "知识库", "/Knowledge", [Roles.Operator, Roles.Supervisor, Roles.Admin, Roles.Handler, Roles.DepartmentLead]),
        new("系统管理", "用户管理", "/Admin/Users", [Roles.Admin]),
        new("系统管理", "部门管理", "/Admin/Departments", [Roles.Admin]),
        new("系统管理", "角色说明", "/Admin/Roles", [Roles.Admin]),
        new("系统管理", "工作日历", "/Admin/Calendar", [Roles.Admin]),
        new("系统管理", "审计日志", "/Admin/Audit", [Roles.Admin]),
        new("系统管理", "通知发送", "/Admin/Notifications", [Roles.Admin]),
    ];

    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal);

    /// <summary>Adds an entry once (modules may be registered by several hosts in one test process).</summary>
    public static void Add(NavigationItem item)
    {
        lock (Items)
        {
            if (Registered.Add(item.Path)) Items.Add(item);
        }
    }

    public static IEnumerable<IGrouping<string, NavigationItem>> For(ClaimsPrincipal user)
    {
        lock (Items)
        {
            return Items.Where(i => i.Roles.Count == 0 || i.Roles.Any(user.IsInRole))
                .GroupBy(i => i.Section).ToList();
        }
    }
}
