using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Organisation.Users;

/// <param name="Version">On an update, the <see cref="UserDto.Version"/> the change was made on; left out, the change is saved over whatever is stored.</param>
public sealed record SaveUser(string? UserName, string? DisplayName, string? Password, string? Department, IReadOnlyList<string>? Roles, bool IsActive = true,
    string? Version = null);

/// <summary>User management shared by the admin pages and the API; every read is limited by the caller's <see cref="DataScope"/>.</summary>
public sealed partial class UserAdministration(AppDbContext db, UserManager<AppUser> users, DataScope scope, TimeProvider clock, AuditTrail audit)
{
    public async Task<UserDto> CreateAsync(SaveUser request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) throw new FieldValidationException("userName", "请填写用户名");
        if (request.UserName.Trim().Length > 64) throw new FieldValidationException("userName", "用户名最多 64 个字符");
        var user = new AppUser { UserName = request.UserName.Trim() };
        await ApplyAsync(user, request, ct);
        if (string.IsNullOrEmpty(request.Password)) throw new FieldValidationException("password", "请填写初始密码");
        await ValidatePasswordAsync(user, request.Password);

        // User and roles are written together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            Check(await users.CreateAsync(user, request.Password), "password");
        }
        catch (DbUpdateException)
        {
            // Two submits at once both pass Identity's duplicate check; the unique index stops the second one here.
            await tx.RollbackAsync(ct);
            if (await db.Users.AsNoTracking().AnyAsync(u => u.NormalizedUserName == users.NormalizeName(user.UserName), ct))
                throw new BusinessRuleException("duplicate-user", $"用户名“{user.UserName}”已被使用");
            throw;
        }
        await SetRolesAsync(user, request.Roles!);
        await tx.CommitAsync(ct);
        return (await GetAsync(user.Id, ct))!;
    }

    public async Task<UserDto?> UpdateAsync(string id, SaveUser request, CancellationToken ct)
    {
        var user = await Visible().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        // The stamp read now is the one Identity's UPDATE checks, so a change in between still fails there.
        if (request.Version is { } version && version != user.ConcurrencyStamp)
            throw new DbUpdateConcurrencyException("该用户在您读取之后已被他人修改");
        await KeepOneAdminAsync(user, request, ct);
        var deactivated = user.IsActive && !request.IsActive;
        var department = user.DepartmentId;
        await ApplyAsync(user, request, ct);
        if (!string.IsNullOrEmpty(request.Password)) await ValidatePasswordAsync(user, request.Password);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Check(await users.UpdateAsync(user), "user");
        var rolesChanged = await SetRolesAsync(user, request.Roles!);
        // A new stamp ends the sessions and tokens that still carry the old state, roles or department.
        if (deactivated || rolesChanged || user.DepartmentId != department) Check(await users.UpdateSecurityStampAsync(user), "user");
        if (!string.IsNullOrEmpty(request.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            // The trail masks password hashes, so a change of only them would leave no entry of its own.
            audit.Record("reset-password", nameof(AppUser), user.Id);
            Check(await users.ResetPasswordAsync(user, token, request.Password), "password");
        }
        await tx.CommitAsync(ct);
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

    /// <summary>Without an active administrator nobody could manage users any more.</summary>
    private async Task KeepOneAdminAsync(AppUser user, SaveUser request, CancellationToken ct)
    {
        if (request.IsActive && request.Roles?.Contains(Roles.Admin) == true) return;
        var adminRole = db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id);
        var admins = db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && adminRole.Contains(ur.RoleId)));
        if (await admins.AnyAsync(u => u.Id == user.Id, ct) && !await admins.AnyAsync(u => u.Id != user.Id, ct))
            throw new BusinessRuleException("last-admin", "该用户是唯一启用的系统管理员，不能停用或取消其系统管理员角色");
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
        {
            var department = await db.Departments.AsNoTracking().Where(d => d.Code == request.Department)
                                 .Select(d => new { d.Id, d.Name, d.IsActive }).FirstOrDefaultAsync(ct)
                             ?? throw new FieldValidationException("department", $"不存在编码为“{request.Department}”的部门");
            if (!department.IsActive && department.Id != user.DepartmentId)
                throw new FieldValidationException("department", $"部门“{department.Name}”已停用，不能再分配用户");
            departmentId = department.Id;
        }
        if (departmentId is null && roles.Any(Roles.DepartmentScoped.Contains))
            throw new FieldValidationException("department", "承办人、部门负责人和执法检查人员必须属于一个部门");
        user.DisplayName = request.DisplayName.Trim();
        user.DepartmentId = departmentId;
        user.IsActive = request.IsActive;
    }

    private async Task ValidatePasswordAsync(AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
            Check(await validator.ValidateAsync(users, user, password), "password");
    }

    private async Task<bool> SetRolesAsync(AppUser user, IReadOnlyList<string> roles)
    {
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).Distinct().ToList();
        Check(await users.RemoveFromRolesAsync(user, removed), "roles");
        Check(await users.AddToRolesAsync(user, added), "roles");
        return removed.Count + added.Count > 0;
    }

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        // Identity reports the stamp's check as an error instead of throwing; answered like every other stale save.
        if (error.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)) throw new DbUpdateConcurrencyException(error.Description);
        if (error.Code == nameof(IdentityErrorDescriber.DuplicateUserName)) throw new BusinessRuleException("duplicate-user", error.Description);
        if (error.Code == nameof(IdentityErrorDescriber.InvalidUserName)) field = "userName";
        throw new FieldValidationException(field, string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
