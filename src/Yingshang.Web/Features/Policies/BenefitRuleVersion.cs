using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Eligibility.Language;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies;

/// <summary>A benefit's rule and amount formula from EffectiveFrom to EffectiveTo (both inclusive; open-ended when null).</summary>
public sealed class BenefitRuleVersion : Entity
{
    private BenefitRuleVersion() { }

    public int BenefitId { get; private set; }
    public string Rule { get; private set; } = "";
    public string? Amount { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>Checks the rule and amount with the engine; throws <see cref="RuleInvalidException"/> with positions.</summary>
    internal static BenefitRuleVersion Write(string? rule, string? amount, DateOnly from, string field)
    {
        var prefix = field.Length == 0 ? "" : field + ".";
        Policy.InRange(from, field.Length == 0 ? "effectiveFrom" : prefix + "ruleEffectiveFrom", "规则生效日期");
        var checkedRule = RuleChecker.Check(rule);
        if (!checkedRule.Valid) throw new RuleInvalidException(prefix + "rule", checkedRule.Errors);
        var text = string.IsNullOrWhiteSpace(amount) ? null : amount.Trim();
        if (text is not null)
        {
            var checkedAmount = RuleChecker.CheckAmount(text);
            if (!checkedAmount.Valid) throw new RuleInvalidException(prefix + "amount", checkedAmount.Errors);
        }
        return new BenefitRuleVersion { Rule = rule!.Trim(), Amount = text, EffectiveFrom = from };
    }

    public bool InForce(DateOnly asOf) => EffectiveFrom <= asOf && (EffectiveTo is null || asOf <= EffectiveTo);

    internal void CloseBefore(DateOnly next) => EffectiveTo = next.AddDays(-1);

    internal void ReplaceWith(BenefitRuleVersion draft) => (Rule, Amount, EffectiveFrom) = (draft.Rule, draft.Amount, draft.EffectiveFrom);
}

/// <summary>A rule or amount that the engine's checker refused: 422 with every error's position.</summary>
public sealed class RuleInvalidException(string field, IReadOnlyList<RuleError> errors)
    : Exception($"{field}: {string.Join("；", errors.Select(e => $"第 {e.Position} 个字符处：{e.Message}"))}")
{
    public string Field { get; } = field;
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}

internal sealed class BenefitRuleVersionConfiguration : IEntityTypeConfiguration<BenefitRuleVersion>
{
    public void Configure(EntityTypeBuilder<BenefitRuleVersion> builder)
    {
        builder.ToTable("policies_rule_version");
        builder.Property(x => x.Rule).HasMaxLength(4000);
        builder.Property(x => x.Amount).HasMaxLength(1000);
        builder.HasIndex(x => new { x.BenefitId, x.EffectiveFrom }).IsUnique();
    }
}
