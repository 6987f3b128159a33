using System.ComponentModel.DataAnnotations;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Features.Organisation.Departments;
using Yingshang.Web.Features.Organisation.Users;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Admin.Users;

/// <summary>The fields of the create and edit forms. Nullable throughout: <see cref="UserAdministration"/> validates, in Chinese.</summary>
public sealed class UserInput
{
    [Display(Name = "用户名")] public string? UserName { get; set; }
    [Display(Name = "姓名")] public string? DisplayName { get; set; }
    [Display(Name = "所属部门")] public string? Department { get; set; }
    [Display(Name = "角色")] public List<string>? Roles { get; set; }
    [Display(Name = "启用")] public bool IsActive { get; set; } = true;
    [Display(Name = "密码")] public string? Password { get; set; }
    public string? Version { get; set; }

    public SaveUser ToRequest() => new(UserName, DisplayName, Password, Department, Roles ?? [], IsActive, Version);

    public static UserInput From(UserDto user) => new()
    {
        UserName = user.UserName, DisplayName = user.DisplayName, Department = user.DepartmentCode,
        Roles = [.. user.Roles], IsActive = user.IsActive, Version = user.Version,
    };
}

/// <summary>What the shared form partial needs besides the input: the department choices and whether the user is new.</summary>
public sealed record UserForm(UserInput Input, IReadOnlyList<DepartmentOption> Departments, bool IsNew);

public static class UserStatus
{
    public static string Text(UserDto user) => (user.IsActive ? "启用" : "停用") + (user.IsLockedOut ? "、已锁定" : "");
}

/// <summary>One line of the "导出Excel" file.</summary>
public sealed record UserRow(
    [property: ExcelColumnName("用户名")] string UserName,
    [property: ExcelColumnName("姓名")] string DisplayName,
    [property: ExcelColumnName("部门编码")] string DepartmentCode,
    [property: ExcelColumnName("部门")] string Department,
    [property: ExcelColumnName("角色")] string Roles,
    [property: ExcelColumnName("状态")] string Status)
{
    public static UserRow From(UserDto u) => new(u.UserName, u.DisplayName, u.DepartmentCode ?? "", u.DepartmentName ?? "",
        string.Join("、", u.Roles.Select(Platform.Security.Roles.Title)), UserStatus.Text(u));
}
