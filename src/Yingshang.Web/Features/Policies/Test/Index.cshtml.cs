using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Eligibility;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;

namespace Yingshang.Web.Features.Policies.Test;

public sealed record TestedEnterprise(EnterpriseFacts Enterprise, Explanation Explanation);

/// <summary>Runs a benefit's rule, or a draft typed in, against sample enterprises before it is published.</summary>
public sealed class IndexModel(PolicyEvaluator evaluator, IEnterpriseDirectory directory, TimeProvider clock) : PageModel
{
    public const int MaxSample = 50;

    [BindProperty(SupportsGet = true)] public string? Benefit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }
    [BindProperty(SupportsGet = true)] public string? Amount { get; set; }
    [BindProperty(SupportsGet = true)] public string? Usccs { get; set; }
    [BindProperty(SupportsGet = true)] public int? Random { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }

    public RuleEditorView? RuleCheck { get; private set; }
    public RuleEditorView? AmountCheck { get; private set; }
    public List<string> Missing { get; } = [];
    public List<TestedEnterprise> Results { get; } = [];
    public DateOnly Date { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Date = AsOf ?? Platform.Time.ChinaTime.Today(clock);
        if (string.IsNullOrWhiteSpace(Rule) && !string.IsNullOrWhiteSpace(Benefit))
        {
            var stored = await evaluator.InForceAsync(Date, Benefit.Trim(), ct);
            if (stored.Count == 0) { ModelState.AddModelError(nameof(Benefit), $"兑现事项“{Benefit}”不存在或在 {Date:yyyy-MM-dd} 没有生效的规则"); return; }
            (Rule, Amount) = (stored[0].Rule, stored[0].Amount);
        }
        if (string.IsNullOrWhiteSpace(Rule)) return;
        RuleCheck = RuleEditorView.Check("条件", Rule, amount: false);
        AmountCheck = string.IsNullOrWhiteSpace(Amount) ? null : RuleEditorView.Check("金额公式", Amount, amount: true);
        if (RuleCheck.Errors.Count > 0 || AmountCheck?.Errors.Count > 0) return;
        var rules = RuleSet.Compile([new BenefitRule("draft", Rule, string.IsNullOrWhiteSpace(Amount) ? null : Amount)]);
        foreach (var enterprise in await SampleAsync(ct))
            Results.Add(new TestedEnterprise(enterprise, rules.Explain(PolicyEvaluator.ToFacts(enterprise), "draft", Date)));
    }

    private async Task<IReadOnlyList<EnterpriseFacts>> SampleAsync(CancellationToken ct)
    {
        var codes = (Usccs ?? "").Split(['\n', '\r', ',', '，', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Uscc.Normalise).Distinct(StringComparer.Ordinal).Take(MaxSample).ToList();
        var found = await directory.FindManyAsync(codes, ct);
        Missing.AddRange(codes.Where(c => !found.ContainsKey(c)));
        var sample = codes.Where(found.ContainsKey).Select(c => found[c]).ToList();
        if (Random is > 0) sample.AddRange(await RandomAsync(Math.Min(Random.Value, MaxSample), found.Keys.ToHashSet(StringComparer.Ordinal), ct));
        return sample;
    }

    /// <summary>Reservoir sampling over the register stream: uniform, in bounded memory; the enterprises named are not drawn again.</summary>
    private async Task<List<EnterpriseFacts>> RandomAsync(int n, HashSet<string> named, CancellationToken ct)
    {
        var picked = new List<EnterpriseFacts>(n);
        var seen = 0;
        await foreach (var e in directory.StreamAsync(new EnterpriseFilter(), ct))
        {
            if (named.Contains(e.Uscc)) continue;
            seen++;
            if (picked.Count < n) picked.Add(e);
            else if (System.Random.Shared.Next(seen) is var j && j < n) picked[j] = e;
        }
        return picked;
    }
}
