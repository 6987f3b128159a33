namespace Yingshang.Web.Platform.Security;

/// <summary>
/// Which departments' records the caller may read or change. Applied once, as a global query filter on
/// every <see cref="Persistence.IDepartmentOwned"/> entity, so no query has to repeat it.
/// </summary>
public sealed class DataScope
{
    private readonly bool _all;
    private readonly int[] _ids = [];
    private readonly Func<DataScope>? _deferred;

    private DataScope(bool all, int[] ids, Func<DataScope>? deferred = null)
    {
        _all = all;
        _ids = ids;
        _deferred = deferred;
    }

    public bool AllDepartments => _deferred is null ? _all : _deferred().AllDepartments;
    public int[] DepartmentIds => _deferred is null ? _ids : _deferred().DepartmentIds;

    public static DataScope Everything { get; } = new(true, []);
    public static DataScope Nothing { get; } = new(false, []);
    public static DataScope Departments(params int[] ids) => new(false, ids);

    /// <summary>
    /// The request's scope, read from the user at each use: the cookie handler's security-stamp check resolves the
    /// DbContext (and so this scope) before the user is authenticated, so a value fixed at resolution would be "Nothing".
    /// </summary>
    internal static DataScope Deferred(HttpCurrentUser user) => new(false, [], () => For(user));

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
