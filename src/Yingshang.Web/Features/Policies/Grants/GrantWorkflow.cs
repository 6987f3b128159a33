using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Policies.Grants;

/// <summary>
/// The steps of a case for the API and the pages. The enterprise reaches only cases of the USCC in its claim (others
/// are "not found"); staff reach cases of their department through the department query filter.
/// </summary>
public sealed class GrantWorkflow(AppDbContext db, ICurrentUser user, TimeProvider clock, IEnterpriseDirectory directory, PolicyEvaluator evaluator)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static string? UsccOf(ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Enterprise) ? principal.FindFirstValue(AppClaims.Uscc) : null;

    public Task<Grant?> ForEnterpriseAsync(ClaimsPrincipal principal, int id, CancellationToken ct) => ForEnterpriseAsync(principal, id, Cases(), ct);

    public Task<Grant?> ForStaffAsync(int id, CancellationToken ct) => Cases().FirstOrDefaultAsync(g => g.Id == id, ct);

    /// <summary>The case as stored, for a page that shows a refused step: never the step's unsaved changes.</summary>
    public Task<Grant?> StoredForEnterpriseAsync(ClaimsPrincipal principal, int id, CancellationToken ct) =>
        ForEnterpriseAsync(principal, id, Cases().AsNoTracking(), ct);

    /// <inheritdoc cref="StoredForEnterpriseAsync"/>
    public Task<Grant?> StoredForStaffAsync(int id, CancellationToken ct) => Cases().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);

    private static Task<Grant?> ForEnterpriseAsync(ClaimsPrincipal principal, int id, IQueryable<Grant> cases, CancellationToken ct) =>
        UsccOf(principal) is { } uscc
            ? cases.IgnoreQueryFilters().FirstOrDefaultAsync(g => g.Id == id && g.Uscc == uscc, ct)
            : Task.FromResult<Grant?>(null);

    private IQueryable<Grant> Cases() => db.Set<Grant>().Include(g => g.Steps).Include(g => g.Payments);

    public Task ConfirmAsync(Grant grant, BankAccount? account, CancellationToken ct) => SaveAsync(grant, () => grant.Confirm(account, Now, user.Name), ct);

    public Task DeclineAsync(Grant grant, string? reason, CancellationToken ct) => SaveAsync(grant, () => grant.Decline(reason, Now, user.Name), ct);

    public Task ApproveAsync(Grant grant, string? note, CancellationToken ct) => SaveAsync(grant, () => grant.Approve(note, Now, user.Name), ct);

    public Task RejectAsync(Grant grant, string? reason, CancellationToken ct) => SaveAsync(grant, () => grant.Reject(reason, Now, user.Name), ct);

    public async Task<GrantPayment> RecordPaymentAsync(Grant grant, decimal amount, string? voucher, DateOnly date, CancellationToken ct)
    {
        var v = GrantPayment.CheckVoucher(voucher);
        if (await db.Set<GrantPayment>().AnyAsync(p => p.VoucherNumber == v, ct))
            throw new BusinessRuleException("payment.voucher-taken", $"凭证号 {v} 已被使用");
        var payment = grant.RecordPayment(amount, v, date, Now, user.Name);
        try
        {
            await SaveAsync(grant, ct);
        }
        catch (DbUpdateException e) when (KeyViolation.Is(e))
        {
            // Another case recorded the same voucher between the check above and this save: the unique index decides.
            db.ChangeTracker.Clear();
            throw new BusinessRuleException("payment.voucher-taken", $"凭证号 {v} 已被使用");
        }
        return payment;
    }

    public Task MarkPaidAsync(Grant grant, int paymentId, DateOnly paidOn, CancellationToken ct) => SaveAsync(grant, () => grant.MarkPaid(paymentId, paidOn, Now, user.Name), ct);

    public Task MarkReturnedAsync(Grant grant, int paymentId, string? reason, CancellationToken ct) => SaveAsync(grant, () => grant.MarkReturned(paymentId, reason, Now, user.Name), ct);

    /// <summary>Stores the supplied values (only fields the case lacks, each validated by type) and evaluates the rule again with them.</summary>
    public async Task SupplementAsync(Grant grant, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        if (grant.Status != GrantStatus.AwaitingData)
            throw new BusinessRuleException("grant.illegal-transition", $"当前状态为“{grant.Status.Title()}”，不能补充数据");
        var supplied = grant.Supplement is null ? new Dictionary<string, string>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(grant.Supplement)!;
        var enterprise = await directory.FindAsync(grant.Uscc, ct) ?? throw new BusinessRuleException("grant.enterprise-gone", "企业已不在名录中");
        var facts = PolicyEvaluator.ToFacts(enterprise);
        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (!grant.Missing.Contains(name) || SupplementFields.Find(name) is not { } field)
                throw new FieldValidationException($"values.{name}", $"“{name}”不是本案件需要补充的数据");
            try { field.Apply(facts, value); }
            catch (FieldValidationException e) { throw new FieldValidationException($"values.{name}", $"{field.Title}：{e.Message}"); }
            supplied[name] = value.Trim();
        }
        if (supplied.Count == 0 || values.All(v => string.IsNullOrWhiteSpace(v.Value)))
            throw new FieldValidationException("values", "请至少填写一项缺失的数据");
        foreach (var (name, value) in supplied) facts = SupplementFields.Find(name)!.Apply(facts, value);
        var inForce = await evaluator.InForceAsync(grant.AsOf, grant.BenefitCode, ct);
        var benefit = (inForce.Count > 0 ? inForce[0] : null)
            ?? throw new BusinessRuleException("grant.benefit-gone", "该兑现事项在评估日已不再有效");
        var explanation = PolicyEvaluator.Compile([benefit]).Explain(facts, benefit.Code, grant.AsOf);
        var missing = explanation.Conditions.Where(c => c.Result == Truth.Unknown).Select(c => SupplementFields.SourceOf(c.Field)).OfType<string>().Distinct().ToList();
        var outcome = new ReEvaluation(explanation.Outcome switch { Outcome.Eligible => true, Outcome.Ineligible => false, _ => null },
            explanation.Amount is { } a ? decimal.Round(a, 2) : null, missing);
        grant.Supplied(JsonSerializer.Serialize(supplied, SupplementJson), outcome, Now, user.Name);
        await SaveAsync(grant, ct);
    }

    private Task SaveAsync(Grant grant, Action step, CancellationToken ct)
    {
        step();
        return SaveAsync(grant, ct);
    }

    /// <summary>
    /// Every step saves the case row with its version, also a step that only adds a payment or a history row: of two
    /// requests that read the case at once (two clerks recording a payment), the second is refused, never both kept.
    /// </summary>
    private async Task SaveAsync(Grant grant, CancellationToken ct)
    {
        db.CheckVersionOnSave(grant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static readonly JsonSerializerOptions SupplementJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
