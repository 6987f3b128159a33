using System.Numerics;
using Yingshang.Eligibility.Engine;
using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility;

/// <summary>
/// The outcome of every (enterprise, benefit) pair of one run, with every shared condition's result kept,
/// so explaining a pair reads a few bits. Enterprises are identified by their index in the register.
/// </summary>
public sealed class MatchResult
{
    private readonly RuleSet _rules;
    private readonly RunColumns _columns;
    private readonly ConditionResults _conditions;
    private readonly ConditionResults _outcomes;
    private readonly int[][] _atomIds;

    internal MatchResult(RuleSet rules, RunColumns columns, ConditionResults conditions, ConditionResults outcomes, int[][] atomIds)
    {
        _rules = rules;
        _columns = columns;
        _conditions = conditions;
        _outcomes = outcomes;
        _atomIds = atomIds;
    }

    public int EnterpriseCount => _columns.Register.Count;

    /// <summary>Distinct conditions evaluated after sharing identical ones across benefits.</summary>
    public int SharedConditions => _conditions.True.Length;

    public Outcome Outcome(int enterprise, int benefit) => Read(_outcomes, benefit, enterprise) switch
    {
        Truth.True => Eligibility.Outcome.Eligible,
        Truth.False => Eligibility.Outcome.Ineligible,
        _ => Eligibility.Outcome.Undetermined,
    };

    public int Count(int benefit, Outcome outcome)
    {
        long t = 0, f = 0;
        foreach (var w in _outcomes.True[benefit]) t += BitOperations.PopCount(w);
        foreach (var w in _outcomes.False[benefit]) f += BitOperations.PopCount(w);
        return (int)(outcome switch
        {
            Eligibility.Outcome.Eligible => t,
            Eligibility.Outcome.Ineligible => f,
            _ => EnterpriseCount - t - f,
        });
    }

    /// <summary>Indexes of the enterprises with this outcome, ascending.</summary>
    public IEnumerable<int> Enterprises(int benefit, Outcome outcome)
    {
        var t = _outcomes.True[benefit];
        var f = _outcomes.False[benefit];
        for (var w = 0; w < t.Length; w++)
        {
            var n = Math.Min(64, EnterpriseCount - (w << 6));
            var valid = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
            var bits = outcome switch
            {
                Eligibility.Outcome.Eligible => t[w],
                Eligibility.Outcome.Ineligible => f[w],
                _ => ~(t[w] | f[w]) & valid,
            };
            while (bits != 0)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
    }

    public Explanation Explain(int enterprise, int benefit)
    {
        var compiled = _rules.Compiled[benefit];
        var ids = _atomIds[benefit];
        var conditions = new ConditionResult[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var atom = compiled.Atoms[i];
            var value = _columns.Register.Value(enterprise, atom.Field.Id, _columns.Ages);
            conditions[i] = new ConditionResult(atom.Source, atom.Field.Name, value, Read(_conditions, ids[i], enterprise));
        }
        var amount = compiled.Amount is null ? null : AmountEvaluator.Evaluate(compiled.Amount,
            f => (decimal?)_columns.Register.Value(enterprise, f, _columns.Ages));
        return new Explanation(compiled.Code, Outcome(enterprise, benefit), amount, conditions);
    }

    private static Truth Read(ConditionResults masks, int id, int enterprise)
    {
        var bit = 1UL << (enterprise & 63);
        if ((masks.True[id][enterprise >> 6] & bit) != 0) return Truth.True;
        return (masks.False[id][enterprise >> 6] & bit) != 0 ? Truth.False : Truth.Unknown;
    }
}
