using Yingshang.Eligibility.Data;
using Yingshang.Eligibility.Engine;
using Yingshang.Eligibility.Reference;

namespace Yingshang.Eligibility;

/// <summary>The benefits in force, checked once; evaluated against a whole register or one enterprise.</summary>
public sealed class RuleSet
{
    /// <summary>64 words = 4,096 entities per block: the block's condition masks (512 bytes each) stay in cache while the benefits combine them.</summary>
    internal const int BlockWords = 64;

    private readonly Benefit[] _benefits;
    private readonly Dictionary<string, int> _index;

    private RuleSet(Benefit[] benefits)
    {
        _benefits = benefits;
        _index = benefits.Select((b, i) => (b.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Benefits => [.. _benefits.Select(b => b.Code)];

    internal IReadOnlyList<Benefit> Compiled => _benefits;

    /// <summary>Throws <see cref="Language.RuleException"/> naming the first benefit whose rule or amount does not check.</summary>
    public static RuleSet Compile(IEnumerable<BenefitRule> benefits)
    {
        ArgumentNullException.ThrowIfNull(benefits);
        var parsed = benefits.Select(Benefit.Parse).ToArray();
        var duplicate = parsed.GroupBy(b => b.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"benefit code '{duplicate.Key}' appears twice", nameof(benefits));
        return new RuleSet(parsed);
    }

    public int IndexOf(string benefitCode) => _index.TryGetValue(benefitCode, out var i) ? i : -1;

    /// <summary>Evaluates every benefit for every enterprise at asOf, in blocks of 4096 entities spread over the cores.</summary>
    public MatchResult Evaluate(Register register, DateOnly asOf, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(register);
        var binder = new Binder(register);
        var atomIds = _benefits.Select(b => b.Atoms.Select(binder.Bind).ToArray()).ToArray();
        var plans = _benefits.Select(b => Plan.Build(b.Rule, binder.Bind)).ToArray();
        var columns = new RunColumns(register, register.AgeColumn(asOf));
        var words = register.Words;
        var conditions = new ConditionResults(Masks(binder.Conditions.Count, words), Masks(binder.Conditions.Count, words));
        var outcomes = new ConditionResults(Masks(plans.Length, words), Masks(plans.Length, words));
        var blocks = (words + BlockWords - 1) / BlockWords;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, blocks, options, () => new Scratch(), (block, _, scratch) =>
        {
            var word0 = block * BlockWords;
            var count = Math.Min(BlockWords, words - word0);
            for (var c = 0; c < binder.Conditions.Count; c++)
                binder.Conditions[c].Evaluate(columns, word0, conditions.True[c].AsSpan(word0, count), conditions.False[c].AsSpan(word0, count));
            for (var b = 0; b < plans.Length; b++)
                plans[b].Evaluate(conditions, word0, outcomes.True[b].AsSpan(word0, count), outcomes.False[b].AsSpan(word0, count), scratch, 0);
            return scratch;
        }, _ => { });
        return new MatchResult(this, columns, conditions, outcomes, atomIds);
    }

    /// <summary>One enterprise without building a register (policy calculator); same semantics as Evaluate.</summary>
    public Explanation Explain(EnterpriseFacts enterprise, string benefitCode, DateOnly asOf)
    {
        var i = IndexOf(benefitCode);
        if (i < 0) throw new ArgumentException($"unknown benefit '{benefitCode}'", nameof(benefitCode));
        return ReferenceEvaluator.Explain(_benefits[i], enterprise, asOf);
    }

    /// <summary>
    /// For the policy calculator's "almost qualifies": the conditions (false or unknown) any one of which,
    /// were it true, would make the enterprise eligible. Empty when it already qualifies or is more than one short.
    /// </summary>
    public IReadOnlyList<ConditionResult> OneConditionShort(EnterpriseFacts enterprise, string benefitCode, DateOnly asOf)
    {
        var i = IndexOf(benefitCode);
        if (i < 0) throw new ArgumentException($"unknown benefit '{benefitCode}'", nameof(benefitCode));
        return ReferenceEvaluator.OneConditionShort(_benefits[i], enterprise, asOf);
    }

    private static ulong[][] Masks(int count, int words)
    {
        var masks = new ulong[count][];
        for (var i = 0; i < count; i++) masks[i] = new ulong[words];
        return masks;
    }
}
