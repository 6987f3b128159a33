using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Served;

public sealed record ServedEnterprise(string Uscc, string Name, string? County, DateTime Since, int Visits, string? LastVisit);

/// <summary>One line of the "导出Excel" file of 我服务的企业.</summary>
public sealed record ServedExportRow(
    [property: ExcelColumnName("企业名称")] string Name,
    [property: ExcelColumnName("统一社会信用代码")] string Uscc,
    [property: ExcelColumnName("县市")] string County,
    [property: ExcelColumnName("担任起始")] string Since,
    [property: ExcelColumnName("走访次数")] int Visits,
    [property: ExcelColumnName("最近走访")] string LastVisit)
{
    public static ServedExportRow From(ServedEnterprise e) => new(e.Name, e.Uscc, e.County ?? "", Day(e.Since), e.Visits, e.LastVisit ?? "尚未走访");

    private static string Day(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>我服务的企业: the enterprises whose current 首席服务员 is the caller, searchable by name or USCC.</summary>
public sealed class ServedEnterprises(AppDbContext db, ICurrentUser user)
{
    public async Task<PagedResult<ServedEnterprise>> PageAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var rows = await Rows(q).ToPageAsync(page, ct);
        return new PagedResult<ServedEnterprise>([.. rows.Items.Select(ToDto)], rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>The whole filtered list for its export, at most <paramref name="max"/> enterprises, in the list's order.</summary>
    public async Task<List<ServedEnterprise>> AllAsync(string? q, int max, CancellationToken ct) =>
        [.. (await Rows(q).Take(max).ToListAsync(ct)).Select(ToDto)];

    private IQueryable<Row> Rows(string? q)
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
        return query.OrderBy(x => x.e.Name).ThenBy(x => x.e.Uscc).Select(x => new Row
        {
            Uscc = x.e.Uscc, Name = x.e.Name, County = db.Regions.Where(r => r.Id == x.e.CountyId).Select(r => r.Name).FirstOrDefault(), From = x.a.From,
            Visits = db.EnterpriseVisits.Count(v => v.Uscc == x.e.Uscc),
            LastVisit = db.EnterpriseVisits.Where(v => v.Uscc == x.e.Uscc).Max(v => (DateOnly?)v.VisitDate),
        });
    }

    private static ServedEnterprise ToDto(Row r) => new(r.Uscc, r.Name, r.County, r.From, r.Visits,
        r.LastVisit?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Init properties (not an anonymous type) so the one query serves the page and the export.</summary>
    private sealed class Row
    {
        public string Uscc { get; init; } = "";
        public string Name { get; init; } = "";
        public string? County { get; init; }
        public DateTime From { get; init; }
        public int Visits { get; init; }
        public DateOnly? LastVisit { get; init; }
    }
}
