using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Grants;

/// <summary>待补充数据 → (补充) → 待企业确认 → 待部门审批 → 待支付 → 已支付; side exits 企业放弃, 不予通过, 补充后不符合.</summary>
public enum GrantStatus { AwaitingData, Notified, Confirmed, Declined, Approved, Rejected, Ineligible, Paid }

/// <summary>
/// A 兑现 case: one enterprise × one benefit × one policy period, opened by a match run (免申即享 eligible, or
/// undetermined into the 快申快享 queue). Owned by the benefit's paying department; the enterprise answers online.
/// </summary>
public sealed partial class Grant : Entity, IDepartmentOwned
{
    private readonly List<GrantStep> _steps = [];
    private readonly List<GrantPayment> _payments = [];

    private Grant() { }

    public int RunId { get; private set; }
    public string BenefitCode { get; private set; } = "";
    public string BenefitName { get; private set; } = "";
    public int PolicyId { get; private set; }
    /// <summary>Start of the policy period the case belongs to: one case per enterprise, benefit and period.</summary>
    public DateOnly PeriodFrom { get; private set; }
    /// <summary>The date the run evaluated at; a supplement is re-evaluated with the rule version in force then.</summary>
    public DateOnly AsOf { get; private set; }
    public int DepartmentId { get; private set; }
    public string Uscc { get; private set; } = "";
    public string EnterpriseName { get; private set; } = "";
    public string? County { get; private set; }
    public decimal? Amount { get; private set; }
    public GrantStatus Status { get; private set; }
    public DateTime NotifiedAt { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? BankName { get; private set; }
    public string? AccountName { get; private set; }
    public string? AccountNumber { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>Fields (English names, comma-separated) the register lacks for this rule; empty once evaluable.</summary>
    public string? MissingFields { get; private set; }
    /// <summary>Values the enterprise supplied, JSON object field → text; reviewed by the department when it approves.</summary>
    public string? Supplement { get; private set; }
    public IReadOnlyList<GrantStep> Steps => _steps;
    public IReadOnlyList<GrantPayment> Payments => _payments;

    public bool HasMoney => Amount is > 0;

    public static Grant Open(GrantOpening o, DateTime now)
    {
        var grant = new Grant
        {
            RunId = o.RunId, BenefitCode = o.BenefitCode, BenefitName = o.BenefitName, PolicyId = o.PolicyId, PeriodFrom = o.PeriodFrom,
            AsOf = o.AsOf, DepartmentId = o.DepartmentId, Uscc = o.Uscc, EnterpriseName = o.EnterpriseName, County = o.County,
            Amount = o.Amount, NotifiedAt = now,
            Status = o.MissingFields.Count == 0 ? GrantStatus.Notified : GrantStatus.AwaitingData,
            MissingFields = o.MissingFields.Count == 0 ? null : string.Join(',', o.MissingFields),
        };
        grant.Log(now, "system", grant.Status == GrantStatus.Notified ? "符合条件，已通知企业确认" : "数据缺失，已通知企业补充",
            grant.MissingFields is null ? null : "缺失：" + string.Join("、", o.MissingFields.Select(m => SupplementFields.Find(m)?.Title ?? m)));
        return grant;
    }

    public IReadOnlyList<string> Missing => MissingFields?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private void Require(string action, params GrantStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new BusinessRuleException("grant.illegal-transition", $"当前状态为“{Status.Title()}”，不能{action}");
    }

    private void Log(DateTime at, string actor, string action, string? note) => _steps.Add(new GrantStep(at, actor, action, note));

    private static string Text(string field, string? value, string title, int max)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0) throw new FieldValidationException(field, $"{title}不能为空");
        if (v.Length > max) throw new FieldValidationException(field, $"{title}不能超过 {max} 个字");
        return v;
    }
}

/// <summary>What a match run knows when it opens a case.</summary>
public sealed record GrantOpening(int RunId, string BenefitCode, string BenefitName, int PolicyId, DateOnly PeriodFrom, DateOnly AsOf,
    int DepartmentId, string Uscc, string EnterpriseName, string? County, decimal? Amount, IReadOnlyList<string> MissingFields);
