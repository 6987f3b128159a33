using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Engine;

/// <summary>A benefit's rule over shared condition ids; and/or chains are flattened to n-ary nodes.</summary>
internal abstract class Plan
{
    /// <summary>Writes the Kleene result of words [word0, word0 + t.Length) into t/f.</summary>
    public abstract void Evaluate(ConditionResults conditions, int word0, Span<ulong> t, Span<ulong> f, Scratch scratch, int depth);

    public static Plan Build(BoolExpr expr, Func<Atom, int> bind) => expr switch
    {
        AtomExpr a => new ConditionPlan(bind(a.Atom)),
        NotExpr n => new NotPlan(Build(n.Operand, bind)),
        AndExpr a => new JunctionPlan(true, [.. Flatten(a, true).Select(e => Build(e, bind))]),
        OrExpr o => new JunctionPlan(false, [.. Flatten(o, false).Select(e => Build(e, bind))]),
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };

    private static IEnumerable<BoolExpr> Flatten(BoolExpr e, bool and) => e switch
    {
        AndExpr a when and => Flatten(a.Left, and).Concat(Flatten(a.Right, and)),
        OrExpr o when !and => Flatten(o.Left, and).Concat(Flatten(o.Right, and)),
        _ => [e],
    };
}

internal sealed class ConditionPlan(int id) : Plan
{
    public override void Evaluate(ConditionResults conditions, int word0, Span<ulong> t, Span<ulong> f, Scratch scratch, int depth)
    {
        conditions.True[id].AsSpan(word0, t.Length).CopyTo(t);
        conditions.False[id].AsSpan(word0, t.Length).CopyTo(f);
    }
}

/// <summary>not swaps the true and false masks; unknown stays unknown.</summary>
internal sealed class NotPlan(Plan operand) : Plan
{
    public override void Evaluate(ConditionResults conditions, int word0, Span<ulong> t, Span<ulong> f, Scratch scratch, int depth) =>
        operand.Evaluate(conditions, word0, f, t, scratch, depth);
}

/// <summary>Kleene and: T = Ta &amp; Tb, F = Fa | Fb; or is the dual.</summary>
internal sealed class JunctionPlan(bool and, Plan[] operands) : Plan
{
    public override void Evaluate(ConditionResults conditions, int word0, Span<ulong> t, Span<ulong> f, Scratch scratch, int depth)
    {
        operands[0].Evaluate(conditions, word0, t, f, scratch, depth);
        var (bt, bf) = scratch.At(depth);
        var st = bt.AsSpan(0, t.Length);
        var sf = bf.AsSpan(0, t.Length);
        for (var i = 1; i < operands.Length; i++)
        {
            operands[i].Evaluate(conditions, word0, st, sf, scratch, depth + 1);
            for (var w = 0; w < t.Length; w++)
            {
                if (and)
                {
                    t[w] &= st[w];
                    f[w] |= sf[w];
                }
                else
                {
                    t[w] |= st[w];
                    f[w] &= sf[w];
                }
            }
        }
    }
}

/// <summary>Per-thread buffers, one pair per nesting depth.</summary>
internal sealed class Scratch
{
    private readonly List<(ulong[] T, ulong[] F)> _levels = [];

    public (ulong[] T, ulong[] F) At(int depth)
    {
        while (_levels.Count <= depth) _levels.Add((new ulong[RuleSet.BlockWords], new ulong[RuleSet.BlockWords]));
        return _levels[depth];
    }
}

/// <summary>Per-condition masks over the whole register, kept after the run so explanations only read bits.</summary>
internal sealed record ConditionResults(ulong[][] True, ulong[][] False);
