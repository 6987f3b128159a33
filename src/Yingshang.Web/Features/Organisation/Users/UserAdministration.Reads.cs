using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Organisation.Users;

/// <param name="Version">Identity's concurrency stamp: a <c>PUT</c> or form that sends it back is refused when the user changed since.</param>
public sealed record UserDto(string Id, string UserName, string DisplayName, string? DepartmentCode, string? DepartmentName,
    IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, DateTimeOffset? LockedUntil, string? Version);

/// <summary>The filters of the user list, shared by the page, its export and the API.</summary>
public sealed record UserFilter(string? Q = null, string? Department = null, string? Role = null);

public sealed partial class UserAdministration
{
    public IQueryable<AppUser> Visible() =>
        db.Users.Where(u => scope.AllDepartments || (u.DepartmentId != null && scope.DepartmentIds.Contains(u.DepartmentId.Value)));

    public Task<PagedResult<UserDto>> ListAsync(PageRequest page, string? q, string? department, string? role, CancellationToken ct) =>
        ListAsync(page, new UserFilter(q, department, role), ct);

    public async Task<PagedResult<UserDto>> ListAsync(PageRequest page, UserFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var ids = await query.OrderBy(u => u.UserName).Skip(page.Offset).Take(page.PageSize).Select(u => u.Id).ToListAsync(ct);
        return new PagedResult<UserDto>(await ProjectAsync(ids, ct), total, page.Page, page.PageSize);
    }

    public Task<int> CountAsync(UserFilter filter, CancellationToken ct) => Filtered(filter).CountAsync(ct);

    public async Task<UserDto?> GetAsync(string id, CancellationToken ct) =>
        await Visible().AnyAsync(u => u.Id == id, ct) ? (await ProjectAsync([id], ct)).Single() : null;

    private IQueryable<AppUser> Filtered(UserFilter filter)
    {
        var query = Visible().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(filter.Department))
            query = query.Where(u => db.Departments.Any(d => d.Id == u.DepartmentId && d.Code == filter.Department));
        if (!string.IsNullOrWhiteSpace(filter.Role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter.Role)));
        return query;
    }

    private async Task<List<UserDto>> ProjectAsync(List<string> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.IsActive, u.LockoutEnd, u.ConcurrencyStamp,
                Department = db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => new { d.Code, d.Name }).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            }).ToListAsync(ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        return rows.OrderBy(r => order[r.Id]).Select(r =>
        {
            var locked = r.LockoutEnd > now;
            return new UserDto(r.Id, r.UserName!, r.DisplayName, r.Department?.Code, r.Department?.Name,
                r.Roles.OrderBy(RoleOrder).ToList(), r.IsActive, locked,
                locked ? Platform.Time.ChinaTime.ToLocal(r.LockoutEnd!.Value) : null, r.ConcurrencyStamp);
        }).ToList();
    }

    private static int RoleOrder(string role)
    {
        for (var i = 0; i < Roles.All.Count; i++)
            if (Roles.All[i].Name == role) return i;
        return Roles.All.Count;
    }
}
