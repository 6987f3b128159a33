using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Contracts;
using Yingshang.Web.Features.Enterprises.Service;
using Yingshang.Web.Features.Enterprises.Visits;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Enterprises.Demo;

/// <summary>
/// Demo 首席服务员: handler.market serves the enterprises of qiye.demo1–3 and the first three others of the register
/// (USCC order), handler.housing the next two; a visit to each enterprise of qiye.demo1–2. An issue of each visit is
/// filed as a visit appeal when demo appeals are on (<c>Seed:Appeals</c> &gt; 0). Once, in USCC order: deterministic.
/// </summary>
internal sealed class DemoServiceSeeder(IConfiguration configuration, TimeProvider clock, IEnterpriseAppealIntake appeals) : ISeeder
{
    public int Order => 60;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.ServiceOfficers.AnyAsync(ct)) return;
        var officers = await db.Users.Where(u => u.UserName == "handler.market" || u.UserName == "handler.housing")
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        if (officers.Count < 2) return;
        var served = await (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId
                            where u.UserName!.StartsWith("qiye.demo") && c.ClaimType == AppClaims.Uscc
                            orderby u.UserName select c.ClaimValue!).ToListAsync(ct);
        var others = await db.Enterprises.Where(e => !served.Contains(e.Uscc)).OrderBy(e => e.Uscc).Select(e => e.Uscc).Take(5).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var uscc in served.Concat(others.Take(3)))
            db.ServiceOfficers.Add(ServiceOfficerAssignment.Start(uscc, "handler.market", officers["handler.market"], now.AddDays(-90), "示范数据"));
        foreach (var uscc in others.Skip(3))
            db.ServiceOfficers.Add(ServiceOfficerAssignment.Start(uscc, "handler.housing", officers["handler.housing"], now.AddDays(-90), "示范数据"));
        await db.SaveChangesAsync(ct);

        var fileAppeals = configuration.GetValue("Seed:Appeals", 30_000) > 0;
        var today = ChinaTime.Today(clock);
        for (var i = 0; i < Math.Min(2, served.Count); i++)
        {
            var e = await db.Enterprises.AsNoTracking().Where(x => x.Uscc == served[i])
                .Select(x => new { x.Uscc, x.Name, County = db.Regions.Where(r => r.Id == x.CountyId).Select(r => r.Name).FirstOrDefault() }).FirstAsync(ct);
            var issues = new[] { "企业反映招工难，希望人社部门组织专场招聘会。", "企业反映厂区门前道路破损，货车通行困难。" };
            var visit = EnterpriseVisit.Record(e.Uscc, e.Name, "handler.market", officers["handler.market"], today.AddDays(-10 + 5 * i), today,
                "首席服务员、企业负责人、办公室主任", "了解企业生产经营、用工和融资情况，宣讲惠企政策，收集企业困难诉求。", "企业办公室主任", issues);
            db.EnterpriseVisits.Add(visit);
            await db.SaveChangesAsync(ct);
            if (!fileAppeals || e.County is null) continue;
            var filed = await appeals.SubmitVisitIssueAsync(new VisitIssueAppeal(e.Uscc, issues[1], "求助", "市政设施", e.County, null, "企业办公室主任",
                $"1390872000{i + 1}", visit.OfficerUserName, visit.OfficerName), ct);
            visit.Issues[1].LinkAppeal(filed.Id, filed.Number);
            await db.SaveChangesAsync(ct);
        }
    }
}
