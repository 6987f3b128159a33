using Microsoft.EntityFrameworkCore;
using Yingshang.Eligibility.Language;
using Yingshang.Web.Features.Policies.Edit;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.Handbook;

public sealed record HandbookBenefit(string Code, string Name, string Kind, string Mode, string Condition, string Amount);

public sealed record HandbookPolicy(string Title, string Issuer, string Number, DateOnly EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<HandbookBenefit> Benefits);

public sealed record HandbookTheme(string Title, IReadOnlyList<HandbookPolicy> Policies);

public sealed record HandbookContent(DateOnly AsOf, DateOnly Printed, IReadOnlyList<HandbookTheme> Themes);

/// <summary>政策汇编: the published policies in force at a date, grouped by theme, each benefit with its rule in force then, in plain Chinese.</summary>
public sealed class PolicyHandbook(AppDbContext db)
{
    public const string Unthemed = "其他政策";

    public async Task<HandbookContent> BuildAsync(DateOnly asOf, DateOnly printed, CancellationToken ct)
    {
        var policies = await db.Policies.AsNoTracking().Include(p => p.Benefits).ThenInclude(b => b.Versions).AsSplitQuery()
            .Where(p => p.Status == PolicyStatus.Published && p.EffectiveFrom <= asOf && (p.EffectiveTo == null || p.EffectiveTo >= asOf))
            .ToListAsync(ct);
        var themes = policies
            .Select(p => (Theme: p.Theme ?? Unthemed, Policy: Describe(p, asOf)))
            .Where(x => x.Policy.Benefits.Count > 0)
            .GroupBy(x => x.Theme)
            .OrderBy(g => ThemeOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HandbookTheme(g.Key, [.. g.Select(x => x.Policy).OrderBy(p => p.EffectiveFrom).ThenBy(p => p.Number, StringComparer.Ordinal)]));
        return new HandbookContent(asOf, printed, [.. themes]);
    }

    private static HandbookPolicy Describe(Policy p, DateOnly asOf) => new(p.Title, p.Issuer, p.Number, p.EffectiveFrom, p.EffectiveTo,
        [.. p.Benefits.OrderBy(b => b.Code, StringComparer.Ordinal)
            .Select(b => (Benefit: b, Version: b.VersionAt(asOf)))
            .Where(x => x.Version is not null)
            .Select(x => new HandbookBenefit(x.Benefit.Code, x.Benefit.Name, x.Benefit.Kind.Title(), x.Benefit.Mode.Title(),
                RuleDescriber.Describe(x.Version!.Rule) ?? x.Version.Rule,
                x.Version.Amount is null ? "按政策文件规定" : $"{RuleDescriber.DescribeAmount(x.Version.Amount) ?? x.Version.Amount}（元）"))]);

    /// <summary>The suggested themes in their order, then the others alphabetically, 其他政策 last.</summary>
    private static int ThemeOrder(string theme) =>
        theme == Unthemed ? int.MaxValue : Array.IndexOf(PolicyThemes.Suggested, theme) is var i and >= 0 ? i : PolicyThemes.Suggested.Length;
}
