using Yingshang.Web.Platform.Security;
using static Yingshang.Web.Features.Appeals.AppealAction;

namespace Yingshang.Web.Features.Appeals.Lifecycle;

/// <summary>Who may take which step (README.md, "Who may do what"); the entity then checks the state.</summary>
public static class AppealPermissions
{
    private static readonly AppealAction[] Centre = [Answer, Dispatch, Reassign, Close, Visit, Reopen, Merge];
    private static readonly AppealAction[] Handling = [Sign, Contact, Reply, Return, RequestExtension];
    private static readonly AppealAction[] Approvals = [ApproveReturn, RejectReturn, ApproveExtension, RejectExtension];

    public static bool RoleAllows(ICurrentUser user, Appeal appeal, AppealAction action)
    {
        if (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin)) return true;
        if (user.IsInRole(Roles.Operator) && Centre.Contains(action)) return true;
        // Only the lead (主办) department acts on the appeal; co-handling departments read it.
        if (appeal.LeadDepartmentId is not { } lead || user.DepartmentId != lead) return false;
        if (user.IsInRole(Roles.DepartmentLead) && (Handling.Contains(action) || Approvals.Contains(action))) return true;
        return user.IsInRole(Roles.Handler) && Handling.Contains(action);
    }

    /// <summary>The steps the user may take now: allowed by role and by the appeal's state.</summary>
    public static IReadOnlyList<AppealAction> Available(ICurrentUser user, Appeal appeal) =>
        [.. Enum.GetValues<AppealAction>().Where(a => a != Receive && RoleAllows(user, appeal, a) && appeal.Allows(a))];
}
