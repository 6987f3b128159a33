namespace Yingshang.Web.Platform.Security;

/// <summary>
/// Which departments' records the caller may read or change. Applied once, as a global query filter on
/// every <see cref="Persistence.IDepartmentOwned"/> entity, so no query has to repeat it.
/// </summary>
public sealed class DataScope
{
    private readonly HttpCurrentUser? _caller;
    private readonly bool _all;
    private readonly int[] _ids = [];

    private DataScope(bool all, int[] ids)
    {
        _all = all;
        _ids = ids;
    }

    private DataScope(HttpCurrentUser caller) => _caller = caller;

    public bool AllDepartments => _caller is null ? _all : Of(_caller).AllDepartments;
    public int[] DepartmentIds => _caller is null ? _ids : Of(_caller).DepartmentIds;

    public static DataScope Everything { get; } = new(all: true, []);
    public static DataScope Nothing { get; } = new(all: false, []);
    public static DataScope Departments(params int[] ids) => new(all: false, ids);

    public bool Allows(int departmentId) => AllDepartments || DepartmentIds.Contains(departmentId);

    /// <summary>
    /// The caller's scope, worked out on every use rather than when the scope object is created: the request's
    /// DbContext (and with it this object) is first created during authentication itself, by the cookie's
    /// security-stamp validator, before the request has a signed-in user.
    /// </summary>
    internal static DataScope For(HttpCurrentUser user) => new(user);

    private static DataScope Of(HttpCurrentUser user)
    {
        if (user.IsSystem) return Everything;
        if (!user.IsAuthenticated) return Nothing;
        if (Roles.Prefecture.Any(user.IsInRole)) return Everything;
        if (Roles.DepartmentScoped.Any(user.IsInRole) && user.DepartmentId is { } id) return Departments(id);
        return Nothing;
    }
}
