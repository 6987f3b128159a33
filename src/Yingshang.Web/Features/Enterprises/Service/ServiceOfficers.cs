using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Enterprises.Service;

public sealed record OfficerTerm(string UserName, string Name, DateTime From, DateTime? To, string? Note, string AssignedBy);

public sealed record OfficerCandidate(string UserName, string DisplayName);

/// <summary>Reads the 首席服务员 of enterprises: the current one, the history, who may be chosen, and who may act for an enterprise.</summary>
public sealed class ServiceOfficers(AppDbContext db, ICurrentUser user) : IServiceOfficers
{
    /// <summary>Government staff only: an enterprise's or the public's account cannot serve an enterprise.</summary>
    public static readonly string[] EligibleRoles = [.. Platform.Security.Policies.RolesOf[Platform.Security.Policies.Staff]];

    public async Task<string?> OfficerOfAsync(string uscc, CancellationToken ct)
    {
        var value = Uscc.Normalise(uscc);
        return await db.ServiceOfficers.AsNoTracking().Where(a => a.Uscc == value && a.To == null)
            .Select(a => a.OfficerUserName).FirstOrDefaultAsync(ct);
    }

    /// <summary>The current officer first, then earlier terms, latest first.</summary>
    public async Task<IReadOnlyList<OfficerTerm>> HistoryAsync(string uscc, CancellationToken ct) =>
        await db.ServiceOfficers.AsNoTracking().Where(a => a.Uscc == uscc).OrderBy(a => a.To != null).ThenByDescending(a => a.From).ThenByDescending(a => a.Id)
            .Select(a => new OfficerTerm(a.OfficerUserName, a.OfficerName, a.From, a.To, a.Note, a.CreatedBy)).ToListAsync(ct);

    /// <summary>The caller may record visits and visit appeals for the enterprise: its officer, or the office (专班) and Admin.</summary>
    public async Task<bool> MayServeAsync(string uscc, CancellationToken ct) =>
        user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin) || await OfficerOfAsync(uscc, ct) == user.Name;

    public static bool MayAssign(ICurrentUser user) => user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<OfficerCandidate>> CandidatesAsync(CancellationToken ct) =>
        await (from u in db.Users
               where u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && EligibleRoles.Contains(r.Name!)))
               orderby u.UserName
               select new OfficerCandidate(u.UserName!, u.DisplayName)).ToListAsync(ct);
}
