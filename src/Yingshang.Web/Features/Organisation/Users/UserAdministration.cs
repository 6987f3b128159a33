using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Organisation.Users;

public sealed record UserDto(string Id, string UserName, string DisplayName, string? DepartmentCode, string? DepartmentName,
    IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut);

public sealed record SaveUser(string? UserName, string? DisplayName, string? Password, string? Department, IReadOnlyList<string>? Roles, bool IsActive = true);

/// <summary>User management shared by the admin pages and the API; every read is limited by the caller's <see cref="DataScope"/>.</summary>
public sealed class UserAdministration(AppDbContext db, UserManager<AppUser> users, DataScope scope, TimeProvider clock)
{
    public IQueryable<AppUser> Visible() =>
        db.Users.Where(u => scope.AllDepartments || (u.DepartmentId != null && scope.DepartmentIds.Contains(u.DepartmentId.Value)));

    public async Task<PagedResult<UserDto>> ListAsync(PageRequest page, string? q, string? department, string? role, CancellationToken ct)
    {
        var query = Visible().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        if (!string.IsNullOrWhiteSpace(department))
            query = query.Where(u => db.Departments.Any(d => d.Id == u.DepartmentId && d.Code == department));
        if (!string.IsNullOrWhiteSpace(role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        var total = await query.CountAsync(ct);
        var ids = await query.OrderBy(u => u.UserName).Skip((page.Page - 1) * page.PageSize).Take(page.PageSize).Select(u => u.Id).ToListAsync(ct);
        var items = await ProjectAsync(ids, ct);
        return new PagedResult<UserDto>(items, total, page.Page, page.PageSize);
    }

    public async Task<UserDto?> GetAsync(string id, CancellationToken ct) =>
        await Visible().AnyAsync(u => u.Id == id, ct) ? (await ProjectAsync([id], ct)).Single() : null;

    private async Task<List<UserDto>> ProjectAsync(List<string> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.IsActive, u.LockoutEnd,
                Department = db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => new { d.Code, d.Name }).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            }).ToListAsync(ct);
        return rows.OrderBy(r => ids.IndexOf(r.Id)).Select(r => new UserDto(r.Id, r.UserName!, r.DisplayName, r.Department?.Code,
            r.Department?.Name, r.Roles, r.IsActive, r.LockoutEnd > now)).ToList();
    }

    public async Task<UserDto> CreateAsync(SaveUser request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) throw new FieldValidationException("userName", "请填写用户名");
        if (string.IsNullOrEmpty(request.Password)) throw new FieldValidationException("password", "请填写初始密码");
        var user = new AppUser { UserName = request.UserName.Trim() };
        await ApplyAsync(user, request, ct);
        Check(await users.CreateAsync(user, request.Password), "password");
        await SetRolesAsync(user, request.Roles!);
        return (await GetAsync(user.Id, ct))!;
    }

    public async Task<UserDto?> UpdateAsync(string id, SaveUser request, CancellationToken ct)
    {
        var user = await Visible().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        await ApplyAsync(user, request, ct);
        Check(await users.UpdateAsync(user), "user");
        await SetRolesAsync(user, request.Roles!);
        if (!string.IsNullOrEmpty(request.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, request.Password), "password");
        }
        return await GetAsync(id, ct);
    }

    public async Task<bool> UnlockAsync(string id, CancellationToken ct)
    {
        var user = await Visible().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return false;
        Check(await users.SetLockoutEndDateAsync(user, null), "user");
        Check(await users.ResetAccessFailedCountAsync(user), "user");
        return true;
    }

    private async Task ApplyAsync(AppUser user, SaveUser request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Trim().Length > 100)
            throw new FieldValidationException("displayName", "姓名须为 1–100 个字符");
        var roles = request.Roles ?? [];
        if (roles.Count == 0) throw new FieldValidationException("roles", "至少选择一个角色");
        var unknown = roles.FirstOrDefault(r => Roles.All.All(x => x.Name != r));
        if (unknown is not null) throw new FieldValidationException("roles", $"不存在角色“{unknown}”");
        int? departmentId = null;
        if (!string.IsNullOrWhiteSpace(request.Department))
            departmentId = await db.Departments.Where(d => d.Code == request.Department).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
                           ?? throw new FieldValidationException("department", $"不存在编码为“{request.Department}”的部门");
        if (departmentId is null && roles.Any(Roles.DepartmentScoped.Contains))
            throw new FieldValidationException("department", "承办人、部门负责人和执法检查人员必须属于一个部门");
        user.DisplayName = request.DisplayName.Trim();
        user.DepartmentId = departmentId;
        user.IsActive = request.IsActive;
    }

    private async Task SetRolesAsync(AppUser user, IReadOnlyList<string> roles)
    {
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)), "roles");
        Check(await users.AddToRolesAsync(user, roles.Except(current)), "roles");
    }

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        if (error.Code == nameof(IdentityErrorDescriber.DuplicateUserName)) throw new BusinessRuleException("duplicate-user", error.Description);
        if (error.Code == nameof(IdentityErrorDescriber.InvalidUserName)) field = "userName";
        throw new FieldValidationException(field, string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
