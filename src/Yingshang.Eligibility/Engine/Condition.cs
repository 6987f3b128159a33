using Yingshang.Eligibility.Data;

namespace Yingshang.Eligibility.Engine;

/// <summary>Columns one run reads: the register plus age_years derived at the run's date.</summary>
internal sealed record RunColumns(Register Register, long[] Ages);

/// <summary>
/// A shared condition node. Evaluate writes Kleene results for words [word0, word0 + t.Length) as two
/// masks: t (true) and f (false); an entity in neither is unknown. Bits past the register's end stay 0.
/// </summary>
internal abstract class Condition
{
    public abstract void Evaluate(RunColumns columns, int word0, Span<ulong> t, Span<ulong> f);

    protected static int Entities(RunColumns columns, int word) => Math.Min(64, columns.Register.Count - (word << 6));
}

/// <summary>lo ≤ v ≤ hi (negated for !=) over a numeric or date column; long.MinValue is empty.</summary>
internal sealed class RangeCondition(long[]? column, bool ages, long lo, long hi, bool negate) : Condition
{
    public override void Evaluate(RunColumns columns, int word0, Span<ulong> t, Span<ulong> f)
    {
        var col = ages ? columns.Ages : column!;
        var neg = negate ? 1UL : 0UL;
        for (var w = 0; w < t.Length; w++)
        {
            var start = (word0 + w) << 6;
            var n = Entities(columns, word0 + w);
            ulong tw = 0, fw = 0;
            for (var b = 0; b < n; b++)
            {
                var v = col[start + b];
                var known = v != Register.Empty ? 1UL : 0UL;
                var hit = ((v >= lo) & (v <= hi) ? 1UL : 0UL) ^ neg;
                tw |= (known & hit) << b;
                fw |= (known & ~hit & 1UL) << b;
            }
            t[w] = tw;
            f[w] = fw;
        }
    }
}

/// <summary>Dictionary-coded column (text, enumeration, flag): true where the code is in the match table; -1 is empty.</summary>
internal sealed class CodeCondition(int[] column, bool[] match) : Condition
{
    public override void Evaluate(RunColumns columns, int word0, Span<ulong> t, Span<ulong> f)
    {
        for (var w = 0; w < t.Length; w++)
        {
            var start = (word0 + w) << 6;
            var n = Entities(columns, word0 + w);
            ulong tw = 0, fw = 0;
            for (var b = 0; b < n; b++)
            {
                var code = column[start + b];
                if (code < 0) continue;
                if (match[code]) tw |= 1UL << b;
                else fw |= 1UL << b;
            }
            t[w] = tw;
            f[w] = fw;
        }
    }
}

/// <summary>A numeric column against a list of values (in [..]).</summary>
internal sealed class NumberInCondition(long[]? column, bool ages, long[] values) : Condition
{
    public override void Evaluate(RunColumns columns, int word0, Span<ulong> t, Span<ulong> f)
    {
        var col = ages ? columns.Ages : column!;
        for (var w = 0; w < t.Length; w++)
        {
            var start = (word0 + w) << 6;
            var n = Entities(columns, word0 + w);
            ulong tw = 0, fw = 0;
            for (var b = 0; b < n; b++)
            {
                var v = col[start + b];
                if (v == Register.Empty) continue;
                if (Array.IndexOf(values, v) >= 0) tw |= 1UL << b;
                else fw |= 1UL << b;
            }
            t[w] = tw;
            f[w] = fw;
        }
    }
}

/// <summary>tags has "x": never unknown, a missing tag is false.</summary>
internal sealed class TagCondition(ulong[]? bits) : Condition
{
    public override void Evaluate(RunColumns columns, int word0, Span<ulong> t, Span<ulong> f)
    {
        for (var w = 0; w < t.Length; w++)
        {
            var n = Entities(columns, word0 + w);
            var valid = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
            var has = bits is null ? 0UL : bits[word0 + w];
            t[w] = has & valid;
            f[w] = ~has & valid;
        }
    }
}
