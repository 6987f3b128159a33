using Yingshang.Web.Features.Policies.Browse;
using Yingshang.Web.Features.Policies.Create;

namespace Yingshang.Web.Features.Policies.Edit;

/// <summary>
/// What the policy form posts back; every field is kept as typed so nothing is lost on an error. The domain checks the
/// fields (all of them at once), so there are no annotations here to stop at the first group.
/// </summary>
public sealed class PolicyForm
{
    public const int MaxBenefits = 30;

    public string? Title { get; set; }
    public string? Issuer { get; set; }
    public string? Number { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? Theme { get; set; }
    public List<BenefitForm> Benefits { get; set; } = [];

    /// <summary>The revision the form was opened on (edit form only).</summary>
    public int? Revision { get; set; }

    public static PolicyForm From(PolicyDetail p) => new()
    {
        Title = p.Title, Issuer = p.Issuer, Number = p.Number, EffectiveFrom = p.EffectiveFrom, EffectiveTo = p.EffectiveTo, Theme = p.Theme, Revision = p.Revision,
        Benefits = [.. p.Benefits.Select(b => new BenefitForm
        {
            Id = b.Id, Code = b.Code, Name = b.Name, Kind = b.Kind.Title(), Mode = b.Mode.Title(), Department = b.Department,
            Rule = b.Versions[0].Rule, Amount = b.Versions[0].Amount,
        })],
    };

    public CreatePolicy ToCreate() => new(Title, Issuer, Number, EffectiveFrom, EffectiveTo, Theme,
        [.. Benefits.Select(b => new BenefitRequest(b.Code, b.Name, b.Kind, b.Mode, b.Department, b.Rule, b.Amount))], Draft: true);

    public EditPolicy ToEdit() => new(Title, Issuer, Number, EffectiveFrom, EffectiveTo, Theme,
        [.. Benefits.Select(b => new BenefitEdit(b.Id, b.Code, b.Name, b.Kind, b.Mode, b.Department, b.Rule, b.Amount, b.RuleEffectiveFrom))], Revision);
}

public sealed class BenefitForm
{
    /// <summary>Null for a benefit added in this form.</summary>
    public int? Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; } = BenefitKind.Subsidy.Title();
    public string? Mode { get; set; } = BenefitMode.Automatic.Title();
    public string? Department { get; set; }
    public string? Rule { get; set; }
    public string? Amount { get; set; }
    /// <summary>On a published policy: from when a changed rule (a new version) or an added benefit applies.</summary>
    public DateOnly? RuleEffectiveFrom { get; set; }
}

/// <summary>Headings of the policy handbook offered in the form; others may be typed.</summary>
public static class PolicyThemes
{
    public static readonly string[] Suggested = ["工业经济", "服务业", "科技创新", "金融支持", "减税降费", "市场主体培育", "乡村振兴", "稳岗就业"];
}
