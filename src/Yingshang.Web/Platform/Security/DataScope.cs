namespace Yingshang.Web.Platform.Security;

/// <summary>
/// Which departments' records the caller may read or change. Applied once, as a global query filter on
/// every <see cref="Persistence.IDepartmentOwned"/> entity, so no query has to repeat it.
/// </summary>
public sealed class DataScope
{
    public bool AllDepartments { get; private init; }
    public int[] DepartmentIds { get; private init; } = [];

    public static DataScope Everything { get; } = new() { AllDepartments = true };
    public static DataScope Nothing { get; } = new();
    public static DataScope Departments(params int[] ids) => new() { DepartmentIds = ids };

    public bool Allows(int departmentId) => AllDepartments || DepartmentIds.Contains(departmentId);

    internal static DataScope For(HttpCurrentUser user)
    {
        if (user.IsSystem) return Everything;
        if (!user.IsAuthenticated) return Nothing;
        if (Roles.Prefecture.Any(user.IsInRole)) return Everything;
        if (Roles.DepartmentScoped.Any(user.IsInRole) && user.DepartmentId is { } id) return Departments(id);
        return Nothing;
    }
}
