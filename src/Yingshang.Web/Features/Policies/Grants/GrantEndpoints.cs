using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed record DecisionRequest(string? Note, string? Reason);

public sealed record PaymentRequest(decimal? Amount, string? VoucherNumber, DateOnly? Date);

public sealed record PaidRequest(DateOnly? PaidOn);

public sealed record ReturnedRequest(string? Reason);

/// <summary>The paying department's side: its cases, approval, the payment ledger (README: roles).</summary>
internal static class GrantEndpoints
{
    public static void Map(RouteGroupBuilder group, string approvePolicy, string payPolicy)
    {
        var grants = group.MapGroup("/grants");
        grants.MapGet("/", ListAsync).WithSummary("兑现案件（本部门；status、benefit、uscc 筛选，分页）");
        grants.MapGet("/{id:int}", DetailAsync).WithSummary("兑现案件详情：补充数据、支付台账与全部步骤");
        grants.MapPost("/{id:int}/approve", (int id, DecisionRequest? r, GrantWorkflow w, CancellationToken ct) =>
            Step(id, w, g => w.ApproveAsync(g, r?.Note, ct), ct)).RequireAuthorization(approvePolicy).WithSummary("部门审批通过（审核补充数据）");
        grants.MapPost("/{id:int}/reject", (int id, DecisionRequest? r, GrantWorkflow w, CancellationToken ct) =>
            Step(id, w, g => w.RejectAsync(g, r?.Reason, ct), ct)).RequireAuthorization(approvePolicy).WithSummary("部门不予通过（须写理由）");
        grants.MapPost("/{id:int}/payments", RecordAsync).RequireAuthorization(payPolicy).WithSummary("登记支付：金额、凭证号（唯一）、日期 → 待支付");
        grants.MapPost("/{id:int}/payments/{paymentId:int}/paid", (int id, int paymentId, PaidRequest? r, GrantWorkflow w, TimeProvider clock, CancellationToken ct) =>
            Step(id, w, g => w.MarkPaidAsync(g, paymentId, r?.PaidOn ?? Platform.Time.ChinaTime.Today(clock), ct), ct))
            .RequireAuthorization(payPolicy).WithSummary("标记已支付（paidOn 默认今天）");
        grants.MapPost("/{id:int}/payments/{paymentId:int}/returned", (int id, int paymentId, ReturnedRequest? r, GrantWorkflow w, CancellationToken ct) =>
            Step(id, w, g => w.MarkReturnedAsync(g, paymentId, r?.Reason, ct), ct)).RequireAuthorization(payPolicy).WithSummary("标记已退回（须写原因），案件回到待支付");
    }

    private static async Task<Ok<PagedResult<GrantListItem>>> ListAsync(string? status, string? benefit, string? uscc, [AsParameters] PageRequest page,
        GrantQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.PageAsync(new GrantFilter(status, benefit, uscc), null, page, ct));

    private static async Task<Results<Ok<GrantBody>, NotFound>> DetailAsync(int id, GrantWorkflow workflow, System.Security.Claims.ClaimsPrincipal user,
        CancellationToken ct) =>
        await workflow.ForStaffAsync(id, ct) is { } g ? TypedResults.Ok(GrantQueries.ToStaffBody(g, user)) : TypedResults.NotFound();

    private static async Task<Results<Created<GrantBody>, NotFound>> RecordAsync(int id, PaymentRequest request, GrantWorkflow workflow,
        TimeProvider clock, CancellationToken ct)
    {
        if (await workflow.ForStaffAsync(id, ct) is not { } grant) return TypedResults.NotFound();
        if (request.Amount is not { } amount) throw new Platform.Errors.FieldValidationException("amount", "请填写支付金额");
        await workflow.RecordPaymentAsync(grant, amount, request.VoucherNumber, request.Date ?? Platform.Time.ChinaTime.Today(clock), ct);
        return TypedResults.Created($"/api/v1/policies/grants/{id}", GrantQueries.ToBody(grant));
    }

    private static async Task<Results<Ok<GrantBody>, NotFound>> Step(int id, GrantWorkflow workflow, Func<Grant, Task> step, CancellationToken ct)
    {
        if (await workflow.ForStaffAsync(id, ct) is not { } grant) return TypedResults.NotFound();
        await step(grant);
        return TypedResults.Ok(GrantQueries.ToBody(grant));
    }
}
