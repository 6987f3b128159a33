using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation;

/// <summary>A department as a form offers it: its code, its name, and the group it is listed under (州直部门 or its county).</summary>
public sealed record DepartmentOption(string Code, string Name, string Group);

/// <summary>
/// The active departments for a select list, grouped for people who know them by name: the prefecture's own first, then
/// each county's in the regions' order; within a group in the order they were set up (the seed's order, not the code's).
/// </summary>
public static class DepartmentOptions
{
    public const string PrefectureGroup = "州直部门";

    public static async Task<IReadOnlyList<DepartmentOption>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name, r.ParentId }).ToListAsync(ct);
        var prefecture = regions.Where(r => r.ParentId is null).Select(r => r.Id).ToHashSet();
        var names = regions.ToDictionary(r => r.Id, r => r.Name);
        var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Id)
            .Select(d => new { d.Code, d.Name, d.RegionId }).ToListAsync(ct);
        return [.. departments.OrderBy(d => prefecture.Contains(d.RegionId) ? 0 : 1).ThenBy(d => d.RegionId)
            .Select(d => new DepartmentOption(d.Code, d.Name, prefecture.Contains(d.RegionId) ? PrefectureGroup : names.GetValueOrDefault(d.RegionId, "其他")))];
    }
}
