using System.Globalization;
using Yingshang.Eligibility.Language;

namespace Yingshang.Benchmarks;

/// <summary>
/// Mechanical translation of a rule into two C# (Dynamic LINQ) predicates over <see cref="Flat"/> named "e":
/// when it is true and when it is false; neither means undetermined. Kleene logic falls out of
/// T(a and b) = Ta &amp;&amp; Tb, F(a and b) = Fa || Fb, T(not a) = Fa.
/// </summary>
internal static class Translation
{
    public static (string True, string False) Translate(BoolExpr expr)
    {
        switch (expr)
        {
            case AtomExpr a:
                return Atom(a.Atom);
            case NotExpr n:
                var (t, f) = Translate(n.Operand);
                return (f, t);
            case AndExpr a:
                var (lt, lf) = Translate(a.Left);
                var (rt, rf) = Translate(a.Right);
                return ($"({lt} && {rt})", $"({lf} || {rf})");
            case OrExpr o:
                var (ot, of) = Translate(o.Left);
                var (pt, pf) = Translate(o.Right);
                return ($"({ot} || {pt})", $"({of} && {pf})");
            default:
                throw new InvalidOperationException(expr.GetType().Name);
        }
    }

    private static (string, string) Atom(Atom atom)
    {
        var member = "e." + Member(atom.Field.Id);
        var values = atom.Values.Select(v => Literal(v.Value)).ToArray();
        if (atom.Op == AtomOp.Has) return ($"{member}.Contains({values[0]})", $"!{member}.Contains({values[0]})");
        var test = atom.Op switch
        {
            AtomOp.Eq => $"{member} == {values[0]}",
            AtomOp.Ne => $"{member} != {values[0]}",
            AtomOp.Lt => $"{member} < {values[0]}",
            AtomOp.Le => $"{member} <= {values[0]}",
            AtomOp.Gt => $"{member} > {values[0]}",
            AtomOp.Ge => $"{member} >= {values[0]}",
            AtomOp.In => "(" + string.Join(" || ", values.Select(v => $"{member} == {v}")) + ")",
            _ => $"{member}.StartsWith({values[0]})",
        };
        return ($"({member} != null && {test})", $"({member} != null && !({test}))");
    }

    private static string Member(FieldId field) => field switch
    {
        FieldId.IndustrySection => "Section",
        FieldId.AgeYears => "Age",
        _ => string.Concat(Fields.Get(field).Name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
    };

    private static string Literal(object value) => value switch
    {
        string s => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        DateOnly d => d.DayNumber.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        _ => throw new InvalidOperationException(value.GetType().Name),
    };
}
