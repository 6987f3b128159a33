namespace Yingshang.Eligibility.Language;

internal enum AtomOp { Eq, Ne, Lt, Le, Gt, Ge, In, Has, StartsWith }

/// <summary>A literal's value is a decimal, string, DateOnly or bool.</summary>
internal sealed record Literal(object Value, int Position);

/// <summary>One condition over one field; Source is the rule text it came from (shown in explanations).</summary>
internal sealed record Atom(string Source, FieldDef Field, AtomOp Op, IReadOnlyList<Literal> Values, int Position);

internal abstract record BoolExpr;

internal sealed record AtomExpr(Atom Atom) : BoolExpr;

internal sealed record NotExpr(BoolExpr Operand) : BoolExpr;

internal sealed record AndExpr(BoolExpr Left, BoolExpr Right) : BoolExpr;

internal sealed record OrExpr(BoolExpr Left, BoolExpr Right) : BoolExpr;

internal abstract record AmountExpr;

internal sealed record NumberAmount(decimal Value) : AmountExpr;

internal sealed record FieldAmount(FieldDef Field) : AmountExpr;

internal sealed record NegateAmount(AmountExpr Operand) : AmountExpr;

internal sealed record BinaryAmount(char Op, AmountExpr Left, AmountExpr Right) : AmountExpr;

internal sealed record CallAmount(string Function, IReadOnlyList<AmountExpr> Arguments) : AmountExpr;

internal static class AstExtensions
{
    public static IEnumerable<Atom> Atoms(this BoolExpr expr) => expr switch
    {
        AtomExpr a => [a.Atom],
        NotExpr n => n.Operand.Atoms(),
        AndExpr a => a.Left.Atoms().Concat(a.Right.Atoms()),
        OrExpr o => o.Left.Atoms().Concat(o.Right.Atoms()),
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };
}
