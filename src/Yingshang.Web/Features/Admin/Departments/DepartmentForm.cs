using System.ComponentModel.DataAnnotations;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Features.Organisation.Departments;

namespace Yingshang.Web.Features.Admin.Departments;

/// <summary>Fields of the create and edit forms; <see cref="DepartmentAdministration"/> validates them.</summary>
public sealed class DepartmentInput
{
    [Display(Name = "部门编码")] public string? Code { get; set; }
    [Display(Name = "部门名称")] public string? Name { get; set; }
    [Display(Name = "所属州或县市")] public string? Region { get; set; }
    [Display(Name = "启用")] public bool IsActive { get; set; } = true;

    /// <summary>The version the form was loaded from, so a save cannot silently overwrite someone else's change.</summary>
    public int Version { get; set; }
}

public static class RegionText
{
    /// <summary>Prefecture departments are listed as 州本级, county ones by their county.</summary>
    public static string Of(DepartmentDto d) => d.RegionLevel == RegionLevel.Prefecture ? "州本级" : d.Region;
}

/// <summary>One line of the "导出Excel" file.</summary>
public sealed record DepartmentRow(
    [property: ExcelColumnName("部门编码")] string Code,
    [property: ExcelColumnName("部门名称")] string Name,
    [property: ExcelColumnName("所属")] string Region,
    [property: ExcelColumnName("状态")] string Status)
{
    public static DepartmentRow From(DepartmentDto d) => new(d.Code, d.Name, RegionText.Of(d), d.IsActive ? "启用" : "停用");
}
