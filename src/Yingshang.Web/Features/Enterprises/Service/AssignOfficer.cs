using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Service;

/// <summary>The body of <c>PUT /api/v1/enterprises/{uscc}/officer</c>.</summary>
public sealed record AssignOfficer(string? UserName, string? Note);

/// <summary>Makes a government user the enterprise's 首席服务员; the previous term ends at the same instant (history kept, audited).</summary>
public sealed class AssignOfficerHandler(AppDbContext db, TimeProvider clock)
{
    /// <summary>False when the enterprise is not registered (404).</summary>
    public async Task<bool> HandleAsync(string uscc, AssignOfficer request, CancellationToken ct)
    {
        var check = Uscc.Check(uscc);
        if (!check.IsValid) throw new FieldValidationException("uscc", check.Error!);
        if (!await db.Enterprises.AnyAsync(e => e.Uscc == check.Value, ct)) return false;
        var userName = request.UserName?.Trim() ?? "";
        if (userName.Length == 0) throw new FieldValidationException("userName", "请选择首席服务员");
        var note = request.Note?.Trim();
        if (note is { Length: > 200 }) throw new FieldValidationException("note", "备注不能超过 200 个字");
        var officer = await db.Users.AsNoTracking().Where(u => u.UserName == userName)
            .Select(u => new { u.Id, u.DisplayName, u.IsActive }).FirstOrDefaultAsync(ct);
        if (officer is null || !officer.IsActive) throw new FieldValidationException("userName", $"用户“{userName}”不存在或已停用");
        var eligible = await db.UserRoles.AnyAsync(ur => ur.UserId == officer.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && ServiceOfficers.EligibleRoles.Contains(r.Name!)), ct);
        if (!eligible) throw new FieldValidationException("userName", "首席服务员须为政府工作人员，不能是企业用户或公众账号");
        var current = await db.ServiceOfficers.FirstOrDefaultAsync(a => a.Uscc == check.Value && a.To == null, ct);
        if (current?.OfficerUserName == userName)
            throw new BusinessRuleException("officer-unchanged", $"{officer.DisplayName}已是该企业的首席服务员");
        var now = clock.GetUtcNow().UtcDateTime;
        current?.End(now);
        db.ServiceOfficers.Add(ServiceOfficerAssignment.Start(check.Value!, userName, officer.DisplayName, now, string.IsNullOrEmpty(note) ? null : note));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (current is null && KeyViolation.Is(e))
        {
            // Two first assignments at once: the unique index keeps one current term; the later one is an outdated read.
            throw new DbUpdateConcurrencyException("该企业的首席服务员刚刚已由他人指定", e);
        }
        return true;
    }
}
