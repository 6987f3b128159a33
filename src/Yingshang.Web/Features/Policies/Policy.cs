using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies;

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
    public IReadOnlyList<Benefit> Benefits => _benefits;

    public static Policy Issue(string title, string issuer, string number, DateOnly effectiveFrom, DateOnly? effectiveTo, string? theme)
    {
        var policy = new Policy();
        policy.Describe(title, issuer, number, effectiveFrom, effectiveTo, theme);
        return policy;
    }

    public void Describe(string title, string issuer, string number, DateOnly effectiveFrom, DateOnly? effectiveTo, string? theme)
    {
        Title = Required("title", title, "政策标题", 200);
        Issuer = Required("issuer", issuer, "发文机关", 100);
        Number = Required("number", number, "文号", 60);
        if (effectiveTo < effectiveFrom) throw new FieldValidationException("effectiveTo", "失效日期不能早于生效日期");
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Theme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
    }

    public Benefit AddBenefit(BenefitDraft draft, string field)
    {
        if (_benefits.Any(b => b.Code == draft.Code.Trim())) throw new FieldValidationException($"{field}.code", $"兑现事项编码“{draft.Code}”重复");
        var benefit = Benefit.Define(draft, EffectiveFrom, field);
        _benefits.Add(benefit);
        return benefit;
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
        builder.Property(x => x.Theme).HasMaxLength(60);
        builder.HasMany(x => x.Benefits).WithOne().HasForeignKey(b => b.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Benefits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
