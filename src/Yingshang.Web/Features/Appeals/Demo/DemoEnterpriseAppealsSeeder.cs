using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Demo;

/// <summary>
/// Two appeals on channel <c>enterprise</c> for each demo 企业用户 (qiye.demo1–3): one dispatched to 市场监管局 two days
/// ago, one received an hour ago. Only with demo appeals on (<c>Seed:Appeals</c> &gt; 0) and only once.
/// </summary>
internal sealed class DemoEnterpriseAppealsSeeder(IConfiguration configuration, TimeProvider clock, IEnterpriseDirectory directory, CaseNumbers numbers)
    : ISeeder
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static readonly (string Type, string Category, string Content)[] Topics =
    [
        ("求助", "融资贷款", "企业扩大生产需要流动资金约 200 万元，申请了创业担保贷款但银行审批迟迟没有结果，希望相关部门协调加快办理。"),
        ("咨询", "审批服务", "我公司准备新增食品经营项目，请问办理食品经营许可证需要哪些材料，能否全程网上办理？"),
        ("投诉", "涉企检查", "本月已有三个部门先后到公司检查同类事项，影响正常生产，希望合并检查、减少打扰。"),
        ("建议", "水电气保障", "园区道路施工后经常短时停电，建议供电部门提前通知并安排错峰施工。"),
    ];

    public int Order => 55;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (configuration.GetValue("Seed:Appeals", DemoAppealsSeeder.DefaultCount) <= 0) return;
        if (await db.Appeals.IgnoreQueryFilters().AnyAsync(a => a.Channel == AppealChannel.Enterprise && a.EnterpriseUscc != null, ct)) return;
        var accounts = await (from u in db.Users join c in db.UserClaims on u.Id equals c.UserId
                              where u.UserName!.StartsWith("qiye.demo") && c.ClaimType == AppClaims.Uscc
                              orderby u.UserName select new { u.UserName, c.ClaimValue }).ToListAsync(ct);
        var market = await db.Departments.Where(d => d.Code == "market").Select(d => new { d.Id, d.Name }).FirstOrDefaultAsync(ct);
        if (accounts.Count == 0 || market is null) return;
        var calendar = await DemoAppealsSeeder.CalendarAsync(db, ct);
        var now = clock.GetUtcNow();
        var random = new Random(2026);
        for (var i = 0; i < accounts.Count; i++)
        {
            if (await directory.FindAsync(accounts[i].ClaimValue!, ct) is not { } e) continue;
            var regionId = await db.Regions.Where(r => r.Name == e.County).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct)
                           ?? await db.Regions.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(ct);
            for (var k = 0; k < 2; k++)
            {
                var topic = Topics[(i + k) % Topics.Length];
                var at = k == 0 ? now.AddDays(-2) : now.AddHours(-1);
                var intake = new AppealIntake(topic.Content, AppealKinds.ParseType(topic.Type), AppealUrgency.Normal, AppealChannel.Enterprise, regionId,
                    "", topic.Category, e.Name[..Math.Min(50, e.Name.Length)], $"1390871000{i + 1}", false, null, null, e.Uscc, e.Name);
                var appeal = Appeal.Receive(intake, await numbers.NextAsync("APL", ct), random.GetString(Alphabet, 10),
                    new AppealContext(accounts[i].UserName!, e.Name, at, calendar));
                if (k == 0)
                    appeal.Dispatch(new AppealContext("operator", "王话务", at.AddHours(1), calendar), new DispatchTarget(market.Id, market.Name, []),
                        SlaMatrix.Default(appeal.Type, appeal.Urgency));
                db.Appeals.Add(appeal);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
