using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed record GrantListItem(int Id, string BenefitCode, string BenefitName, string Uscc, string EnterpriseName, string? County,
    decimal? Amount, GrantStatus Status, string StatusTitle, DateTime NotifiedAt);

public sealed record MissingFieldBody(string Field, string Title, string Hint, IReadOnlyList<string> Choices);

public sealed record GrantStepBody(DateTime At, string Actor, string Action, string? Note);

public sealed record GrantPaymentBody(int Id, decimal Amount, string VoucherNumber, DateOnly Date, PaymentStatus Status, string StatusTitle, DateOnly? PaidOn, string? ReturnReason);

public sealed record GrantBody(int Id, int RunId, string BenefitCode, string BenefitName, int PolicyId, DateOnly PeriodFrom, DateOnly AsOf,
    string Uscc, string EnterpriseName, string? County, decimal? Amount, GrantStatus Status, string StatusTitle, DateTime NotifiedAt,
    DateTime? ConfirmedAt, DateTime? DecidedAt, DateOnly? PaidOn, string? BankName, string? AccountName, string? AccountNumber, string? Reason,
    IReadOnlyList<MissingFieldBody> MissingFields, IReadOnlyDictionary<string, string> Supplement,
    IReadOnlyList<GrantStepBody> Steps, IReadOnlyList<GrantPaymentBody> Payments, int Version);

/// <param name="Payable">true: only cases with money to pay (an approved 资质/权益 case stays approved with nothing to pay).</param>
public sealed record GrantFilter(string? Status, string? Benefit, string? Uscc, bool? Payable = null);

/// <summary>Lists and details of cases; <paramref name="uscc"/> set = an enterprise's own cases only (department filter bypassed).</summary>
public sealed class GrantQueries(AppDbContext db)
{
    public IQueryable<Grant> List(GrantFilter filter, string? uscc)
    {
        var query = uscc is null ? db.Set<Grant>().AsNoTracking() : db.Set<Grant>().IgnoreQueryFilters().AsNoTracking().Where(g => g.Uscc == uscc);
        if (GrantTitles.ParseStatus(filter.Status) is { } status) query = query.Where(g => g.Status == status);
        else if (!string.IsNullOrWhiteSpace(filter.Status)) throw new Platform.Errors.FieldValidationException("status", "未知的案件状态");
        if (!string.IsNullOrWhiteSpace(filter.Benefit)) query = query.Where(g => g.BenefitCode == filter.Benefit.Trim());
        if (filter.Payable is { } payable) query = payable ? query.Where(g => g.Amount > 0) : query.Where(g => !(g.Amount > 0));
        if (!string.IsNullOrWhiteSpace(filter.Uscc))
        {
            var prefix = filter.Uscc.Trim().ToUpperInvariant();
            query = query.Where(g => g.Uscc.StartsWith(prefix));
        }
        return query.OrderByDescending(g => g.Id);
    }

    public async Task<PagedResult<GrantListItem>> PageAsync(GrantFilter filter, string? uscc, PageRequest page, CancellationToken ct)
    {
        var result = await List(filter, uscc).ToPageAsync(page, ct);
        return new PagedResult<GrantListItem>([.. result.Items.Select(ToItem)], result.Total, result.Page, result.PageSize);
    }

    public static GrantListItem ToItem(Grant g) =>
        new(g.Id, g.BenefitCode, g.BenefitName, g.Uscc, g.EnterpriseName, g.County, g.Amount, g.Status, g.Status.Title(), g.NotifiedAt);

    /// <summary>
    /// The case as a staff member reads it: the payee's account number whole only for the roles that pay
    /// (<see cref="PoliciesModule.PayRoles"/>); every other reader (Leader, Inspector, Operator…) sees its last four digits.
    /// </summary>
    public static GrantBody ToStaffBody(Grant g, System.Security.Claims.ClaimsPrincipal user)
    {
        var body = ToBody(g);
        return PoliciesModule.PayRoles.Any(user.IsInRole) || body.AccountNumber is null
            ? body : body with { AccountNumber = BankAccount.Mask(body.AccountNumber) };
    }

    public static GrantBody ToBody(Grant g) => new(g.Id, g.RunId, g.BenefitCode, g.BenefitName, g.PolicyId, g.PeriodFrom, g.AsOf, g.Uscc,
        g.EnterpriseName, g.County, g.Amount, g.Status, g.Status.Title(), g.NotifiedAt, g.ConfirmedAt, g.DecidedAt, g.PaidOn,
        g.BankName, g.AccountName, g.AccountNumber, g.Reason,
        [.. g.Missing.Select(SupplementFields.Find).OfType<SupplementField>().Select(f => new MissingFieldBody(f.Name, f.Title, f.Hint, f.Choices))],
        g.Supplement is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(g.Supplement)!,
        [.. g.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new GrantStepBody(s.At, s.Actor, s.Action, s.Note))],
        [.. g.Payments.OrderBy(p => p.Id).Select(p => new GrantPaymentBody(p.Id, p.Amount, p.VoucherNumber, p.Date, p.Status, p.Status.Title(), p.PaidOn, p.ReturnReason))],
        g.Version);
}
