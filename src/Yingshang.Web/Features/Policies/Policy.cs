using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies;

/// <summary>草稿 (being written; never evaluated) / 已发布 (evaluated, handbook, calculator).</summary>
public enum PolicyStatus { Draft, Published }

/// <summary>A policy document (文件): its benefits (兑现事项) are what enterprises receive.</summary>
public sealed class Policy : Entity
{
    private readonly List<Benefit> _benefits = [];

    private Policy() { }

    public string Title { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public string Number { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    /// <summary>Heading of the policy handbook (政策汇编) this policy is grouped under.</summary>
    public string? Theme { get; private set; }
    public PolicyStatus Status { get; private set; } = PolicyStatus.Published;
    public IReadOnlyList<Benefit> Benefits => _benefits;

    public static Policy Issue(string title, string issuer, string number, DateOnly? effectiveFrom, DateOnly? effectiveTo, string? theme,
        bool draft = false, FieldErrors? errors = null)
    {
        var policy = new Policy { Status = draft ? PolicyStatus.Draft : PolicyStatus.Published };
        policy.Describe(title, issuer, number, effectiveFrom, effectiveTo, theme, errors);
        return policy;
    }

    public static readonly DateOnly EarliestDate = new(2000, 1, 1), LatestDate = new(2099, 12, 31);

    /// <summary>A policy's and a rule version's dates lie in this century: year 1 or 9999 is a typing slip, not a policy.</summary>
    internal static DateOnly InRange(DateOnly date, string field, string label) =>
        date >= EarliestDate && date <= LatestDate ? date
            : throw new FieldValidationException(field, $"{label}须在 {EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd} 之间");

    /// <param name="errors">Where the caller collects the whole form's errors; every field here is checked, and nothing
    /// changes unless all are valid. Without it the first invalid field throws.</param>
    public void Describe(string title, string issuer, string number, DateOnly? effectiveFrom, DateOnly? effectiveTo, string? theme,
        FieldErrors? errors = null)
    {
        var own = errors ?? new FieldErrors();
        var before = own.Count;
        // Published rule versions start on this date; moving it would change evaluations already made.
        if (effectiveFrom is null) own.Add("effectiveFrom", "生效日期不能为空");
        else if (Status == PolicyStatus.Published && Id != 0 && effectiveFrom != EffectiveFrom)
            own.Add("effectiveFrom", "已发布政策的生效日期不能修改");
        else own.Check(() => InRange(effectiveFrom.Value, "effectiveFrom", "生效日期"), default);
        var t = own.Check(() => Required("title", title, "政策标题", 200), "");
        var i = own.Check(() => Required("issuer", issuer, "发文机关", 100), "");
        var n = own.Check(() => Required("number", number, "文号", 60), "");
        if (effectiveTo is { } to) own.Check(() => InRange(to, "effectiveTo", "失效日期"), default);
        if (effectiveTo < effectiveFrom) own.Add("effectiveTo", "失效日期不能早于生效日期");
        if (errors is null) own.ThrowIfAny();
        if (own.Count > before) return;
        (Title, Issuer, Number) = (t, i, n);
        EffectiveFrom = effectiveFrom!.Value;
        EffectiveTo = effectiveTo;
        Theme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
    }

    /// <summary>Adds a benefit; on a published policy its rule applies from <paramref name="from"/> (required), not retroactively.</summary>
    public Benefit AddBenefit(BenefitDraft draft, string field, DateOnly? from = null)
    {
        if (_benefits.Any(b => b.Code == draft.Code.Trim())) throw new FieldValidationException($"{field}.code", $"兑现事项编码“{draft.Code}”重复");
        // A policy whose own date was refused (nothing is stored) still has its benefits checked for their own fields.
        var start = EffectiveFrom == default ? EarliestDate : EffectiveFrom;
        if (Status == PolicyStatus.Published && Id != 0)
        {
            start = from ?? throw new FieldValidationException($"{field}.ruleEffectiveFrom", "已发布政策新增兑现事项时，请填写规则生效日期");
            if (start < EffectiveFrom) throw new FieldValidationException($"{field}.ruleEffectiveFrom", "规则生效日期不能早于政策生效日期");
        }
        var benefit = Benefit.Define(draft, start, field);
        _benefits.Add(benefit);
        return benefit;
    }

    /// <summary>
    /// Changes a benefit as the officer typed it. A draft's rule is simply rewritten; a published benefit keeps its code
    /// and history, and a changed rule or amount becomes a new version from <paramref name="ruleFrom"/>.
    /// </summary>
    public void ChangeBenefit(Benefit benefit, BenefitDraft draft, DateOnly? ruleFrom, string field)
    {
        var code = draft.Code.Trim();
        if (_benefits.Any(b => b != benefit && b.Code == code)) throw new FieldValidationException($"{field}.code", $"兑现事项编码“{draft.Code}”重复");
        if (Status == PolicyStatus.Published && code != benefit.Code)
            throw new FieldValidationException($"{field}.code", "已发布的兑现事项编码不能修改");
        benefit.Describe(draft, field);
        if (Status == PolicyStatus.Draft) benefit.Rewrite(draft.Rule, draft.Amount, EffectiveFrom, field);
        else if (benefit.Differs(draft.Rule, draft.Amount))
            benefit.Revise(draft.Rule, draft.Amount, ruleFrom ?? throw new FieldValidationException($"{field}.ruleEffectiveFrom", "规则已修改，请填写新版本的生效日期"), field);
    }

    public void RemoveBenefit(Benefit benefit)
    {
        if (Status == PolicyStatus.Published)
            throw new BusinessRuleException("policy-published-benefit-kept", $"已发布政策的兑现事项“{benefit.Code}”不能删除（历史测算须可复现），可修改规则或设置政策失效日期");
        _benefits.Remove(benefit);
    }

    /// <summary>A draft becomes effective: it is evaluated, matched, listed in the handbook and the calculator.</summary>
    public void Publish()
    {
        if (Status == PolicyStatus.Published) throw new BusinessRuleException("policy-published", "该政策已发布");
        if (_benefits.Count == 0) throw new BusinessRuleException("policy-without-benefits", "政策至少需要一个兑现事项才能发布");
        Status = PolicyStatus.Published;
    }

    public bool InForce(DateOnly asOf) => EffectiveFrom <= asOf && (EffectiveTo is null || asOf <= EffectiveTo);

    internal static string Required(string field, string? value, string title, int max)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0) throw new FieldValidationException(field, $"{title}不能为空");
        if (v.Length > max) throw new FieldValidationException(field, $"{title}不能超过 {max} 个字");
        return v;
    }
}

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("policies_policy");
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Issuer).HasMaxLength(100);
        builder.Property(x => x.Number).HasMaxLength(60);
        builder.HasIndex(x => new { x.Issuer, x.Number }).IsUnique();
        builder.Property(x => x.Theme).HasMaxLength(60);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(x => x.Benefits).WithOne().HasForeignKey(b => b.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Benefits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
