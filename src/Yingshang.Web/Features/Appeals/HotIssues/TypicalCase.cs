using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>
/// A 典型案例 candidate (README.md, "Typical cases"): a hot cluster or a single appeal a Supervisor put forward with a
/// note, for the Supervision capability (not built yet) to take up. Withdrawn rather than deleted; who and when are the
/// audit columns (marked) and <see cref="WithdrawnBy"/>/<see cref="WithdrawnAt"/>.
/// </summary>
public sealed class TypicalCase : Entity
{
    public const int MaxAppeals = 500;

    private TypicalCase() { }

    public TypicalCase(string title, string note, IReadOnlyCollection<int> appealIds)
    {
        Title = Text(title, "title", "标题", 100);
        Note = Text(note, "note", "推荐理由", 1000);
        if (appealIds.Count == 0) throw new FieldValidationException("appealIds", "请至少选择一件诉求");
        if (appealIds.Count > MaxAppeals) throw new FieldValidationException("appealIds", $"一个案例最多 {MaxAppeals} 件诉求");
        Appeals = [.. appealIds.Distinct().Order().Select(id => new TypicalCaseAppeal(id))];
    }

    public string Title { get; private set; } = "";
    public string Note { get; private set; } = "";
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public List<TypicalCaseAppeal> Appeals { get; private set; } = [];

    public bool IsCluster => Appeals.Count > 1;

    public void Withdraw(DateTime at, string by)
    {
        if (WithdrawnAt is not null) throw new BusinessRuleException("typical-case-withdrawn", "该典型案例候选已撤回");
        (WithdrawnAt, WithdrawnBy) = (at, by);
    }

    private static string Text(string? value, string field, string label, int max)
    {
        var v = (value ?? "").Trim();
        if (v.Length == 0) throw new FieldValidationException(field, $"请填写{label}");
        if (v.Length > max) throw new FieldValidationException(field, $"{label}最多 {max} 个字");
        return v;
    }
}

public sealed class TypicalCaseAppeal
{
    private TypicalCaseAppeal() { }

    public TypicalCaseAppeal(int appealId) => AppealId = appealId;

    public int Id { get; private set; }
    public int AppealId { get; private set; }
}

internal sealed class TypicalCaseConfiguration : IEntityTypeConfiguration<TypicalCase>
{
    public void Configure(EntityTypeBuilder<TypicalCase> builder)
    {
        builder.ToTable("appeals_typical_case");
        builder.Property(x => x.Title).HasMaxLength(100);
        builder.Property(x => x.Note).HasMaxLength(1000);
        builder.Property(x => x.WithdrawnBy).HasMaxLength(64);
        builder.Ignore(x => x.IsCluster);
        builder.OwnsMany(x => x.Appeals, a =>
        {
            a.ToTable("appeals_typical_case_appeal");
            a.WithOwner().HasForeignKey("TypicalCaseId");
            a.HasKey(x => x.Id);
            a.HasIndex(x => x.AppealId);
            a.HasOne<Appeal>().WithMany().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
