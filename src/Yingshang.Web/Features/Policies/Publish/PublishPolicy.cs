using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility.Language;
using Yingshang.Web.Features.Policies.Browse;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Publish;

public sealed class PublishPolicyHandler(AppDbContext db)
{
    /// <summary>Null when no policy has the id. Every rule is checked again: a rule saved before a change of the language must not go live.</summary>
    public async Task<Policy?> HandleAsync(int id, CancellationToken ct)
    {
        var policy = await db.Policies.Include(p => p.Benefits).ThenInclude(b => b.Versions).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null) return null;
        for (var i = 0; i < policy.Benefits.Count; i++)
        {
            foreach (var v in policy.Benefits[i].Versions)
            {
                if (RuleChecker.Check(v.Rule) is { Valid: false } rule) throw new RuleInvalidException($"benefits[{i}].rule", rule.Errors);
                if (v.Amount is not null && RuleChecker.CheckAmount(v.Amount) is { Valid: false } amount) throw new RuleInvalidException($"benefits[{i}].amount", amount.Errors);
            }
        }
        policy.Publish();
        await db.SaveChangesAsync(ct);
        return policy;
    }
}

internal static class PublishPolicyEndpoint
{
    public static void Map(RouteGroupBuilder group, string writePolicy) =>
        group.MapPost("/{id:int}/publish", PublishAsync).RequireAuthorization(writePolicy)
            .WithSummary("发布草稿政策：此后参与测算、匹配、政策计算器与政策汇编（409 已发布或无兑现事项）");

    private static async Task<Results<Ok<PolicyDetail>, NotFound>> PublishAsync(int id, PublishPolicyHandler handler, PolicyQueries queries, CancellationToken ct) =>
        await handler.HandleAsync(id, ct) is { } policy ? TypedResults.Ok((await queries.DetailAsync(policy.Id, ct))!) : TypedResults.NotFound();
}
