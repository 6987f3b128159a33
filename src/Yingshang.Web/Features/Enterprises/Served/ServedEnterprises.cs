using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Served;

public sealed record ServedEnterprise(string Uscc, string Name, string? County, DateTime Since, int Visits, string? LastVisit);

/// <summary>我服务的企业: the enterprises whose current 首席服务员 is the caller, searchable by name or USCC.</summary>
public sealed class ServedEnterprises(AppDbContext db, ICurrentUser user)
{
    public async Task<PagedResult<ServedEnterprise>> PageAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var me = user.Name;
        var query = from a in db.ServiceOfficers.AsNoTracking()
                    join e in db.Enterprises.AsNoTracking() on a.Uscc equals e.Uscc
                    where a.OfficerUserName == me && a.To == null
                    select new { a, e };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            var upper = text.ToUpperInvariant();
            query = query.Where(x => x.e.Name.Contains(text) || x.e.Uscc.StartsWith(upper));
        }
        var rows = await query.OrderBy(x => x.e.Name).ThenBy(x => x.e.Uscc).Select(x => new
        {
            x.e.Uscc, x.e.Name, County = db.Regions.Where(r => r.Id == x.e.CountyId).Select(r => r.Name).FirstOrDefault(), x.a.From,
            Visits = db.EnterpriseVisits.Count(v => v.Uscc == x.e.Uscc),
            LastVisit = db.EnterpriseVisits.Where(v => v.Uscc == x.e.Uscc).Max(v => (DateOnly?)v.VisitDate),
        }).ToPageAsync(page, ct);
        return new PagedResult<ServedEnterprise>([.. rows.Items.Select(r => new ServedEnterprise(r.Uscc, r.Name, r.County, r.From, r.Visits,
            r.LastVisit?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))], rows.Total, rows.Page, rows.PageSize);
    }
}
