using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Intake;

/// <summary>The enterprise an appeal concerns, and who may use the channels <c>enterprise</c> and <c>visit</c> (README.md, "Channels").</summary>
public sealed class EnterpriseLink(IHttpContextAccessor http, IEnterpriseDirectory directory, IServiceOfficers officers, AppDbContext db)
{
    public sealed record Linked(string Uscc, string Name, string? County);

    private ClaimsPrincipal? User => http.HttpContext?.User;

    public bool IsEnterpriseUser => User?.IsInRole(Roles.Enterprise) == true;

    /// <summary>The USCC of the caller's own enterprise (claim <c>uscc</c> of a 企业用户), never taken from a request body.</summary>
    public string? ClaimedUscc => IsEnterpriseUser ? User!.FindFirstValue(AppClaims.Uscc) : null;

    /// <summary>Why the caller may not submit on this channel (403), or null; malformed input is left to validation (422).</summary>
    public async Task<string?> RefusalAsync(string? channelText, string? uscc, CancellationToken ct)
    {
        var channel = AppealKinds.AllChannels.Select(c => (AppealChannel?)c)
            .FirstOrDefault(c => string.Equals(c!.Value.Code(), (channelText ?? "").Trim(), StringComparison.OrdinalIgnoreCase));
        if (IsEnterpriseUser)
            return string.IsNullOrWhiteSpace(channelText) || channel == AppealChannel.Enterprise ? null : "企业用户只能通过企业渠道（enterprise）提交诉求";
        if (channel == AppealChannel.Enterprise) return "企业渠道（enterprise）仅供企业用户登录后提交诉求";
        if (channel != AppealChannel.Visit)
            return AppealsModule.IntakeRoles.Any(r => User?.IsInRole(r) == true) ? null : "只有 12345 热线中心可以受理该渠道的诉求；首席服务员请使用联企走访渠道（visit）";
        if (User?.IsInRole(Roles.Supervisor) == true || User?.IsInRole(Roles.Admin) == true) return null;
        var check = Uscc.Check(uscc);
        if (!check.IsValid || await directory.FindAsync(check.Value!, ct) is null) return null;
        var officer = await officers.OfficerOfAsync(check.Value!, ct);
        return officer is not null && string.Equals(officer, User?.Identity?.Name, StringComparison.Ordinal)
            ? null
            : "只有该企业的首席服务员（或专班、系统管理员）可以提交联企走访诉求";
    }

    /// <summary>The enterprise of a new appeal on <paramref name="channel"/>; 422 for a missing, malformed or unknown USCC.</summary>
    public async Task<Linked?> ResolveAsync(AppealChannel channel, string? uscc, CancellationToken ct)
    {
        if (channel == AppealChannel.Enterprise)
        {
            var claimed = ClaimedUscc ?? throw new FieldValidationException("channel", "企业渠道（enterprise）仅供企业用户登录后提交诉求");
            if (!string.IsNullOrWhiteSpace(uscc) && Uscc.Normalise(uscc) != claimed)
                throw new FieldValidationException("uscc", "企业用户只能为本企业提交诉求：统一社会信用代码取自登录账号，不能填写其他企业的代码");
            return await FindAsync(claimed, ct) ?? throw new FieldValidationException("uscc", "本账号关联的企业不在企业名录中，请联系系统管理员");
        }
        if (string.IsNullOrWhiteSpace(uscc))
            return channel == AppealChannel.Visit ? throw new FieldValidationException("uscc", "联企走访诉求须填写所走访企业的统一社会信用代码") : null;
        var check = Uscc.Check(uscc);
        if (!check.IsValid) throw new FieldValidationException("uscc", check.Error!);
        return await FindAsync(check.Value!, ct) ?? throw new FieldValidationException("uscc", $"企业名录中没有统一社会信用代码为 {check.Value} 的企业");
    }

    /// <summary>The contact of a 企业用户's account (its display name and phone) for the requester fields left empty.</summary>
    public async Task<(string Name, string? Phone)> ContactAsync(CancellationToken ct)
    {
        var name = User?.Identity?.Name;
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == name)
            .Select(u => new { u.DisplayName, u.PhoneNumber }).FirstOrDefaultAsync(ct);
        return (user?.DisplayName ?? "", user?.PhoneNumber);
    }

    private async Task<Linked?> FindAsync(string uscc, CancellationToken ct) =>
        await directory.FindAsync(uscc, ct) is { } e ? new Linked(e.Uscc, e.Name, e.County) : null;
}
