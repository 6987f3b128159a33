using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Sla;

/// <summary>One cell of the SLA matrix (type × urgency); an Admin changes it, new dispatches use it.</summary>
public sealed class AppealSlaRule : Entity
{
    private AppealSlaRule() { }

    public AppealSlaRule(AppealType type, AppealUrgency urgency, SlaPlan plan)
    {
        Type = type;
        Urgency = urgency;
        Change(plan);
    }

    public AppealType Type { get; private set; }
    public AppealUrgency Urgency { get; private set; }
    public string Sign { get; private set; } = "";
    public string Contact { get; private set; } = "";
    public string Close { get; private set; } = "";

    public SlaPlan Plan => new(SlaLimits.Parse(Sign), SlaLimits.Parse(Contact), SlaLimits.Parse(Close));

    public void Change(SlaPlan plan)
    {
        if (SlaLimits.Rough(plan.Sign) > SlaLimits.Rough(plan.Contact))
            throw new FieldValidationException("contact", "响应时限不能短于签收时限");
        if (SlaLimits.Rough(plan.Contact) > SlaLimits.Rough(plan.Close))
            throw new FieldValidationException("close", "办结时限不能短于响应时限");
        (Sign, Contact, Close) = (SlaLimits.Format(plan.Sign), SlaLimits.Format(plan.Contact), SlaLimits.Format(plan.Close));
    }
}

internal sealed class AppealSlaRuleConfiguration : IEntityTypeConfiguration<AppealSlaRule>
{
    public void Configure(EntityTypeBuilder<AppealSlaRule> builder)
    {
        builder.ToTable("appeals_sla_rule");
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Sign).HasMaxLength(16);
        builder.Property(x => x.Contact).HasMaxLength(16);
        builder.Property(x => x.Close).HasMaxLength(16);
        builder.HasIndex(x => new { x.Type, x.Urgency }).IsUnique();
    }
}
