using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Sla;

/// <summary>The configured type × urgency matrix, with DESIGN.md's defaults (README.md, "SLA").</summary>
public sealed class SlaMatrix(AppDbContext db)
{
    public static SlaPlan Default(AppealType type, AppealUrgency urgency) => urgency == AppealUrgency.Urgent
        ? new SlaPlan(SlaBudget.Of(TimeSpan.FromMinutes(30)), SlaBudget.OfHours(2), SlaBudget.OfHours(24))
        : new SlaPlan(SlaBudget.OfWorkingDays(1), SlaBudget.OfWorkingDays(2), SlaBudget.OfWorkingDays(type switch
        {
            AppealType.Consultation => 3,
            AppealType.Help => 5,
            AppealType.Complaint or AppealType.Report => 10,
            AppealType.Suggestion => 15,
            _ => 5, // 表扬: DESIGN.md gives no limit; 5 WD to pass the praise on, as for 求助.
        }));

    public async Task<SlaPlan> PlanAsync(AppealType type, AppealUrgency urgency, CancellationToken ct) =>
        (await db.AppealSlaRules.AsNoTracking().FirstOrDefaultAsync(r => r.Type == type && r.Urgency == urgency, ct))?.Plan
        ?? Default(type, urgency);

    public async Task<IReadOnlyList<SlaRuleDto>> ListAsync(CancellationToken ct)
    {
        var rules = await db.AppealSlaRules.AsNoTracking().ToListAsync(ct);
        return [.. AppealKinds.AllTypes.SelectMany(t => new[] { AppealUrgency.Urgent, AppealUrgency.Normal }.Select(u =>
        {
            var rule = rules.FirstOrDefault(r => r.Type == t && r.Urgency == u);
            var plan = rule?.Plan ?? Default(t, u);
            return new SlaRuleDto(t.Title(), u.Title(), SlaLimits.Format(plan.Sign), SlaLimits.Format(plan.Contact),
                SlaLimits.Format(plan.Close), plan.Sign.ToString(), plan.Contact.ToString(), plan.Close.ToString(), rule?.Version ?? 0);
        }))];
    }

    public async Task<IReadOnlyList<SlaRuleDto>> ChangeAsync(string type, string urgency, SaveSlaRule request, CancellationToken ct)
    {
        var t = AppealKinds.ParseType(type);
        var u = AppealKinds.ParseUrgency(urgency);
        var plan = new SlaPlan(SlaLimits.ParseField(request.Sign, "sign"), SlaLimits.ParseField(request.Contact, "contact"),
            SlaLimits.ParseField(request.Close, "close"));
        var rule = await db.AppealSlaRules.FirstOrDefaultAsync(r => r.Type == t && r.Urgency == u, ct);
        if (rule is null) db.AppealSlaRules.Add(new AppealSlaRule(t, u, plan));
        else
        {
            if (request.Version is { } version) rule.Version = version;
            rule.Change(plan);
        }
        await db.SaveChangesAsync(ct);
        return await ListAsync(ct);
    }
}

public sealed record SlaRuleDto(string Type, string Urgency, string Sign, string Contact, string Close,
    string SignText, string ContactText, string CloseText, int Version);

/// <param name="Version">The row's <see cref="SlaRuleDto.Version"/> the change was made on; left out, the change is saved over whatever is stored.</param>
public sealed record SaveSlaRule(string? Sign, string? Contact, string? Close, int? Version = null);

/// <summary>Writes the default matrix into an empty table, so that the Admin sees and edits real rows.</summary>
internal sealed class SlaMatrixSeeder : ISeeder
{
    public int Order => 20;
    public bool DemoOnly => false;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.AppealSlaRules.AnyAsync(ct)) return;
        foreach (var t in AppealKinds.AllTypes)
        foreach (var u in new[] { AppealUrgency.Urgent, AppealUrgency.Normal })
            db.AppealSlaRules.Add(new AppealSlaRule(t, u, SlaMatrix.Default(t, u)));
        await db.SaveChangesAsync(ct);
    }
}

internal static class SlaEndpoints
{
    public static void Map(RouteGroupBuilder appeals)
    {
        appeals.MapGet("/sla", async (SlaMatrix matrix, CancellationToken ct) => TypedResults.Ok(await matrix.ListAsync(ct)))
            .WithSummary("时限矩阵（类型 × 紧急程度）");
        appeals.MapPut("/sla/{type}/{urgency}", async (string type, string urgency, SaveSlaRule body, SlaMatrix matrix, CancellationToken ct) =>
                TypedResults.Ok(await matrix.ChangeAsync(type, urgency, body, ct)))
            .RequireAuthorization(Platform.Security.Policies.Admin)
            .WithSummary("修改一个时限（如 PUT /sla/投诉/一般 {\"sign\":\"1wd\",\"contact\":\"2wd\",\"close\":\"10wd\",\"version\":0}；version 过时则 409）");
    }
}
