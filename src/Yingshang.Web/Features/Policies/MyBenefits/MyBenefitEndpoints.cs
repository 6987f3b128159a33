using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MyBenefits;

public sealed record ConfirmRequest(string? BankName, string? AccountName, string? AccountNumber);

public sealed record DeclineRequest(string? Reason);

public sealed record SupplementRequest(Dictionary<string, string?>? Values);

/// <summary>The enterprise's side (企业用户): only cases of the USCC in its claim; anyone else's case is 404.</summary>
internal static class MyBenefitEndpoints
{
    public static void Map(IEndpointRouteBuilder api, string enterprisePolicy)
    {
        var mine = api.MapGroup("/policies/my-benefits").WithTags("惠企政策").RequireAuthorization(enterprisePolicy);
        mine.MapGet("/", ListAsync).WithSummary("本企业的兑现案件（分页，status 筛选）");
        mine.MapGet("/{id:int}", DetailAsync).WithSummary("本企业的兑现案件详情：缺失数据、步骤、支付");
        mine.MapPost("/{id:int}/confirm", (int id, ConfirmRequest? r, ClaimsPrincipal user, GrantWorkflow w, CancellationToken ct) =>
            Step(id, user, w, g => w.ConfirmAsync(g, r is null ? null : new BankAccount(r.BankName, r.AccountName, r.AccountNumber), ct), ct))
            .WithSummary("确认享受；资金类须填写开户银行、账户名称、银行账号");
        mine.MapPost("/{id:int}/decline", (int id, DeclineRequest? r, ClaimsPrincipal user, GrantWorkflow w, CancellationToken ct) =>
            Step(id, user, w, g => w.DeclineAsync(g, r?.Reason, ct), ct)).WithSummary("放弃（须写原因）");
        mine.MapPost("/{id:int}/supplement", (int id, SupplementRequest? r, ClaimsPrincipal user, GrantWorkflow w, CancellationToken ct) =>
            Step(id, user, w, g => w.SupplementAsync(g, r?.Values ?? [], ct), ct))
            .WithSummary("快申快享：补充缺失数据 {values: {字段: 值}}，按类型校验后重新评估");
    }

    private static async Task<Ok<PagedResult<GrantListItem>>> ListAsync(string? status, [AsParameters] PageRequest page, ClaimsPrincipal user,
        GrantQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PageAsync(new GrantFilter(status, null, null), GrantWorkflow.UsccOf(user) ?? "-", page, ct));

    private static async Task<Results<Ok<GrantBody>, NotFound>> DetailAsync(int id, ClaimsPrincipal user, GrantWorkflow workflow, CancellationToken ct) =>
        await workflow.ForEnterpriseAsync(user, id, ct) is { } g ? TypedResults.Ok(GrantQueries.ToBody(g)) : TypedResults.NotFound();

    private static async Task<Results<Ok<GrantBody>, NotFound>> Step(int id, ClaimsPrincipal user, GrantWorkflow workflow, Func<Grant, Task> step, CancellationToken ct)
    {
        if (await workflow.ForEnterpriseAsync(user, id, ct) is not { } grant) return TypedResults.NotFound();
        await step(grant);
        return TypedResults.Ok(GrantQueries.ToBody(grant));
    }
}
