namespace Yingshang.Eligibility.Language;

/// <summary>Amounts are computed per enterprise in decimal yuan; unknown (null) when a field used is empty.</summary>
internal static class AmountEvaluator
{
    public static decimal? Evaluate(AmountExpr expr, Func<FieldId, decimal?> value)
    {
        try
        {
            return Eval(expr, value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Eval(AmountExpr expr, Func<FieldId, decimal?> value)
    {
        switch (expr)
        {
            case NumberAmount n: return n.Value;
            case FieldAmount f: return value(f.Field.Id);
            case NegateAmount n: return -Eval(n.Operand, value);
            case BinaryAmount b:
                var l = Eval(b.Left, value);
                var r = Eval(b.Right, value);
                if (l is null || r is null) return null;
                return b.Op switch
                {
                    '+' => l + r,
                    '-' => l - r,
                    '*' => l * r,
                    // A zero divisor (say, no employees) leaves the amount undetermined rather than failing the run.
                    _ => r == 0 ? null : l / r,
                };
            case CallAmount c:
                var args = c.Arguments.Select(a => Eval(a, value)).ToList();
                if (args.Any(a => a is null)) return null;
                return c.Function switch
                {
                    "min" => args.Min(),
                    "max" => args.Max(),
                    // 四舍五入: financial rounding in China is half away from zero.
                    _ => Math.Round(args[0]!.Value, args.Count == 2 ? (int)args[1]!.Value : 0, MidpointRounding.AwayFromZero),
                };
            default:
                throw new InvalidOperationException(expr.GetType().Name);
        }
    }
}
