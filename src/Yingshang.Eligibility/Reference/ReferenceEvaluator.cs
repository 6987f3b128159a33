using Yingshang.Eligibility.Data;
using Yingshang.Eligibility.Engine;
using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Reference;

/// <summary>
/// A deliberately plain tree walk over one enterprise's facts: the specification the compiled engine is tested against.
/// </summary>
internal static class ReferenceEvaluator
{
    public static Explanation Explain(Benefit benefit, EnterpriseFacts enterprise, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var conditions = benefit.Atoms
            .Select(a => new ConditionResult(a.Source, a.Field.Name, FactValues.Get(enterprise, a.Field.Id, asOf), Atom(a, enterprise, asOf)))
            .ToArray();
        var outcome = Eval(benefit.Rule, enterprise, asOf) switch
        {
            Truth.True => Outcome.Eligible,
            Truth.False => Outcome.Ineligible,
            _ => Outcome.Undetermined,
        };
        var amount = benefit.Amount is null ? null
            : AmountEvaluator.Evaluate(benefit.Amount, f => (decimal?)FactValues.Get(enterprise, f, asOf));
        return new Explanation(benefit.Code, outcome, amount, conditions);
    }

    /// <summary>The conditions that alone stand in the way: were any one of them true, the enterprise would qualify.</summary>
    public static IReadOnlyList<ConditionResult> OneConditionShort(Benefit benefit, EnterpriseFacts enterprise, DateOnly asOf)
    {
        var explanation = Explain(benefit, enterprise, asOf);
        if (explanation.Outcome == Outcome.Eligible) return [];
        return benefit.Atoms
            .Select((atom, i) => (atom, result: explanation.Conditions[i]))
            .Where(p => p.result.Result != Truth.True && Eval(benefit.Rule, enterprise, asOf, p.atom) == Truth.True)
            .Select(p => p.result)
            .DistinctBy(c => c.Condition)
            .ToList();
    }

    public static Truth Eval(BoolExpr expr, EnterpriseFacts e, DateOnly asOf, Atom? forcedTrue = null) => expr switch
    {
        AtomExpr a => a.Atom == forcedTrue ? Truth.True : Atom(a.Atom, e, asOf),
        NotExpr n => Eval(n.Operand, e, asOf, forcedTrue) switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown },
        AndExpr a => And(Eval(a.Left, e, asOf, forcedTrue), Eval(a.Right, e, asOf, forcedTrue)),
        OrExpr o => Or(Eval(o.Left, e, asOf, forcedTrue), Eval(o.Right, e, asOf, forcedTrue)),
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };

    private static Truth And(Truth a, Truth b) =>
        a == Truth.False || b == Truth.False ? Truth.False : a == Truth.True && b == Truth.True ? Truth.True : Truth.Unknown;

    private static Truth Or(Truth a, Truth b) =>
        a == Truth.True || b == Truth.True ? Truth.True : a == Truth.False && b == Truth.False ? Truth.False : Truth.Unknown;

    private static Truth Atom(Atom atom, EnterpriseFacts e, DateOnly asOf)
    {
        var value = FactValues.Get(e, atom.Field.Id, asOf);
        if (atom.Op == AtomOp.Has) return ((string[])value!).Contains((string)atom.Values[0].Value) ? Truth.True : Truth.False;
        if (value is null) return Truth.Unknown;
        var literal = atom.Values[0].Value;
        var result = atom.Op switch
        {
            AtomOp.Eq => Equals(value, literal),
            AtomOp.Ne => !Equals(value, literal),
            AtomOp.Lt => Compare(value, literal) < 0,
            AtomOp.Le => Compare(value, literal) <= 0,
            AtomOp.Gt => Compare(value, literal) > 0,
            AtomOp.Ge => Compare(value, literal) >= 0,
            AtomOp.In => atom.Values.Any(v => Equals(value, v.Value)),
            _ => ((string)value).StartsWith((string)literal, StringComparison.Ordinal),
        };
        return result ? Truth.True : Truth.False;
    }

    private static int Compare(object value, object literal) => ((IComparable)value).CompareTo(literal);
}
