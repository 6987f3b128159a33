using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.List;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features;

/// <summary>One line of the 工作台's to-do list: what waits, how many (within the user's scope), and the list that shows them.</summary>
public sealed record TodoItem(string Group, string Title, int Count, string Href, bool Urgent = false);

/// <summary>
/// The 工作台: what waits for the user's roles, counted with the same filters (and the same department scope) as the
/// list each line links to, so the number and the list always agree.
/// </summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser me, AppealList appeals, GrantQueries cases) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string RoleTitles { get; private set; } = "";
    public string? Department { get; private set; }
    public List<TodoItem> Todos { get; } = [];
    public List<(string Title, long Value, string Href)> Tiles { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue(AppClaims.DisplayName) ?? User.Identity?.Name ?? "";
        RoleTitles = string.Join("、", Roles.All.Where(r => User.IsInRole(r.Name)).Select(r => r.Title));
        var mine = me.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => new { d.Name, d.Code }).FirstOrDefaultAsync(ct) : null;
        Department = mine?.Name;
        await AppealTodosAsync(mine?.Code, ct);
        await GrantTodosAsync(ct);
        if (User.IsInRole(Roles.Admin))
        {
            Tiles.Add(("县市", await db.Regions.CountAsync(r => r.ParentId != null, ct), "/"));
            Tiles.Add(("部门", await db.Departments.CountAsync(ct), "/Admin/Departments"));
        }
    }

    private async Task AppealTodosAsync(string? ownCode, CancellationToken ct)
    {
        const string group = "接诉即办";
        async Task Add(string title, AppealFilter filter, string query, bool urgent = false) =>
            Todos.Add(new TodoItem(group, title, await appeals.CountAsync(filter, ct), $"/Appeals?{query}", urgent));
        var centre = User.IsInRole(Roles.Operator) || User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);
        var department = User.IsInRole(Roles.Handler) || User.IsInRole(Roles.DepartmentLead);
        if (centre)
        {
            await Add("待派单", new AppealFilter(Status: "received"), "status=received");
            await Add("待审核办结", new AppealFilter(Status: "replied"), "status=replied");
            await Add("待回访", new AppealFilter(Status: "closed"), "status=closed");
        }
        // A department acts on the appeals it leads (主办); those it only co-handles (协办) wait for the lead department.
        var own = department ? ownCode : null;
        if (own is not null)
        {
            var d = $"&department={Uri.EscapeDataString(own)}";
            await Add("待签收", new AppealFilter(Status: "dispatched", Department: own), "status=dispatched" + d);
            await Add("待响应（联系诉求人）", new AppealFilter(Status: "signed", Department: own), "status=signed" + d);
            await Add("待答复", new AppealFilter(Status: "contacted", Department: own), "status=contacted" + d);
            await Add("重办待处理", new AppealFilter(Status: "reopened", Department: own), "status=reopened" + d);
            if (User.IsInRole(Roles.DepartmentLead))
            {
                await Add("退单待审批", new AppealFilter(Status: "returned", Department: own), "status=returned" + d);
                await Add("延期待审批", new AppealFilter(Extension: "pending", Department: own), "extension=pending" + d);
            }
        }
        if (centre || department || User.IsInRole(Roles.Leader))
            await Add("已超期", new AppealFilter(Overdue: true), "overdue=true", urgent: true);
        if (User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin))
            await Add("督办中", new AppealFilter(Escalation: "supervised"), "escalation=supervised", urgent: true);
    }

    private async Task GrantTodosAsync(CancellationToken ct)
    {
        const string group = "惠企政策";
        // The lists' own query (department scope, or the enterprise's own cases), so each count is what its list shows.
        if (Policies.PoliciesModule.ApproveRoles.Any(User.IsInRole))
            Todos.Add(new TodoItem(group, "兑现案件待审批", await cases.List(new GrantFilter("Confirmed", null, null), null).CountAsync(ct), "/Policies/Grants?status=Confirmed"));
        if (Policies.PoliciesModule.PayRoles.Any(User.IsInRole))
            Todos.Add(new TodoItem(group, "已审批待支付", await cases.List(new GrantFilter("Approved", null, null, Payable: true), null).CountAsync(ct),
                "/Policies/Grants?status=Approved&payable=true"));
        if (GrantWorkflow.UsccOf(User) is { } uscc)
        {
            Todos.Add(new TodoItem(group, "待确认享受的政策", await cases.List(new GrantFilter("Notified", null, null), uscc).CountAsync(ct), "/Policies/MyBenefits?status=Notified"));
            Todos.Add(new TodoItem(group, "待补充数据", await cases.List(new GrantFilter("AwaitingData", null, null), uscc).CountAsync(ct), "/Policies/MyBenefits?status=AwaitingData"));
        }
    }
}
