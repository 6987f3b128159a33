using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Versions;

/// <summary>
/// <paramref name="BasedOn"/> is the id of the latest version the officer read; when another version was published since,
/// the request is refused (409) instead of silently following it. Without it the revision follows whatever is latest.
/// </summary>
public sealed record ReviseRule(string? Rule, string? Amount, DateOnly? EffectiveFrom, int? BasedOn = null);

public sealed record RuleVersionBody(int Id, string Rule, string? Amount, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

public sealed class ReviseRuleHandler(AppDbContext db)
{
    /// <summary>Null when no benefit has the code.</summary>
    public async Task<BenefitRuleVersion?> HandleAsync(string code, ReviseRule request, CancellationToken ct)
    {
        var benefit = await db.Benefits.Include(b => b.Versions).FirstOrDefaultAsync(b => b.Code == code, ct);
        if (benefit is null) return null;
        if (await db.Policies.AnyAsync(p => p.Id == benefit.PolicyId && p.Status == PolicyStatus.Draft, ct))
            throw new BusinessRuleException("policy-draft", "草稿政策请在编辑页直接修改规则；发布后再发布新版本");
        var from = request.EffectiveFrom ?? throw new FieldValidationException("effectiveFrom", "生效日期不能为空");
        var latest = benefit.Versions.MaxBy(v => v.EffectiveFrom)!;
        if (request.BasedOn is { } seen && seen != latest.Id)
            throw new BusinessRuleException("rule-version-outdated",
                $"您读取之后，该兑现事项已发布了自 {latest.EffectiveFrom:yyyy-MM-dd} 起的新版本，请刷新页面，在最新版本的基础上修改");
        var version = benefit.Revise(request.Rule ?? "", request.Amount, from);
        await db.SaveChangesAsync(ct);
        return version;
    }
}

internal static class ReviseRuleEndpoint
{
    public static void Map(RouteGroupBuilder group, string writePolicy) =>
        group.MapPost("/benefits/{code}/versions", ReviseAsync).RequireAuthorization(writePolicy)
            .WithSummary("为兑现事项发布新的规则版本；新版本自生效日起适用，上一版本截至前一日");

    private static async Task<Results<Created<RuleVersionBody>, NotFound>> ReviseAsync(string code, ReviseRule request, ReviseRuleHandler handler, CancellationToken ct)
    {
        var v = await handler.HandleAsync(code, request, ct);
        return v is null ? TypedResults.NotFound()
            : TypedResults.Created($"/api/v1/policies/benefits/{code}/versions/{v.Id}", new RuleVersionBody(v.Id, v.Rule, v.Amount, v.EffectiveFrom, v.EffectiveTo));
    }
}
