using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies;

/// <summary>减免 / 奖补 / 权益 / 资质.</summary>
public enum BenefitKind { Relief, Subsidy, Entitlement, Qualification }

/// <summary>免申即享 (paid without application) / 快申快享 (short application) / 依申请.</summary>
public enum BenefitMode { Automatic, FastTrack, OnApplication }

/// <summary>What a policy officer types for one benefit; kind and mode accept the Chinese names.</summary>
public sealed record BenefitDraft(string Code, string Name, string? Kind, string? Mode, string? Department, string Rule, string? Amount);

/// <summary>One 兑现事项 of a policy; its eligibility rule is versioned with effective dates.</summary>
public sealed class Benefit : Entity
{
    private readonly List<BenefitRuleVersion> _versions = [];

    private Benefit() { }

    public int PolicyId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public BenefitKind Kind { get; private set; }
    public BenefitMode Mode { get; private set; }
    /// <summary>Code of the department that pays (finance, tax, industry …); free text kept short.</summary>
    public string? Department { get; private set; }
    public IReadOnlyList<BenefitRuleVersion> Versions => _versions;

    /// <summary>Every invalid field of the description is named at once; the rule is checked once they are valid.</summary>
    internal static Benefit Define(BenefitDraft draft, DateOnly from, string field)
    {
        var benefit = new Benefit();
        benefit.Describe(draft, field);
        benefit._versions.Add(BenefitRuleVersion.Write(draft.Rule, draft.Amount, from, field));
        return benefit;
    }

    /// <summary>Throws naming every invalid field, and then changes nothing.</summary>
    internal void Describe(BenefitDraft draft, string field)
    {
        var errors = new FieldErrors();
        var code = errors.Check(() => Policy.Required($"{field}.code", draft.Code, "兑现事项编码", 40), "");
        if (code.Any(char.IsWhiteSpace)) errors.Add($"{field}.code", "兑现事项编码不能含空格");
        var name = errors.Check(() => Policy.Required($"{field}.name", draft.Name, "兑现事项名称", 200), "");
        var kind = BenefitTitles.ParseKind(draft.Kind);
        if (kind is null) errors.Add($"{field}.kind", "类别应为 减免、奖补、权益 或 资质");
        var mode = BenefitTitles.ParseMode(draft.Mode);
        if (mode is null) errors.Add($"{field}.mode", "兑现方式应为 免申即享、快申快享 或 依申请");
        var typed = string.IsNullOrWhiteSpace(draft.Department) ? null : draft.Department.Trim().ToLowerInvariant();
        // A value stored before the list existed keeps its own spelling while it is sent back unchanged.
        var department = string.Equals(typed, Department?.Trim(), StringComparison.OrdinalIgnoreCase) ? Department : typed;
        if (department is null && mode is BenefitMode.Automatic or BenefitMode.FastTrack)
            errors.Add($"{field}.department", "免申即享、快申快享的兑现事项须指定兑现部门：匹配后由该部门审核和支付");
        errors.ThrowIfAny();
        (Code, Name, Kind, Mode, Department) = (code, name, kind!.Value, mode!.Value, department);
    }

    /// <summary>True when the rule or amount differs from the latest version's.</summary>
    internal bool Differs(string? rule, string? amount)
    {
        var latest = _versions.MaxBy(v => v.EffectiveFrom)!;
        return (rule?.Trim() ?? "") != latest.Rule || (string.IsNullOrWhiteSpace(amount) ? null : amount.Trim()) != latest.Amount;
    }

    /// <summary>A draft's benefit has one version; it is replaced, starting on the policy's date.</summary>
    internal void Rewrite(string? rule, string? amount, DateOnly from, string field) =>
        _versions.Single().ReplaceWith(BenefitRuleVersion.Write(rule, amount, from, field));

    public BenefitRuleVersion? VersionAt(DateOnly asOf) => _versions.FirstOrDefault(v => v.InForce(asOf));

    /// <summary>A new version starts on <paramref name="from"/> and closes the latest one the day before.</summary>
    public BenefitRuleVersion Revise(string rule, string? amount, DateOnly from, string field = "")
    {
        var latest = _versions.MaxBy(v => v.EffectiveFrom)!;
        if (from <= latest.EffectiveFrom)
            throw new FieldValidationException(field.Length == 0 ? "effectiveFrom" : $"{field}.ruleEffectiveFrom",
                $"新版本的生效日期必须晚于当前最新版本的生效日期 {latest.EffectiveFrom:yyyy-MM-dd}");
        var version = BenefitRuleVersion.Write(rule, amount, from, field);
        latest.CloseBefore(from);
        _versions.Add(version);
        return version;
    }
}

internal sealed class BenefitConfiguration : IEntityTypeConfiguration<Benefit>
{
    public void Configure(EntityTypeBuilder<Benefit> builder)
    {
        builder.ToTable("policies_benefit");
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Department).HasMaxLength(60);
        builder.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.BenefitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
