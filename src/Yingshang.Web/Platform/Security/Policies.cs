namespace Yingshang.Web.Platform.Security;

/// <summary>Authorization policy names; each is a set of roles, registered in <see cref="SecurityModule"/>.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string DepartmentStaff = "DepartmentStaff";
    public const string Supervision = "Supervision";

    internal static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [Admin] = [Roles.Admin],
        [Staff] = [Roles.Operator, Roles.Handler, Roles.DepartmentLead, Roles.Supervisor, Roles.Inspector, Roles.Leader, Roles.Admin],
        [DepartmentStaff] = [Roles.Handler, Roles.DepartmentLead, Roles.Supervisor, Roles.Admin],
        [Supervision] = [Roles.Supervisor, Roles.Leader, Roles.Admin],
    };
}
