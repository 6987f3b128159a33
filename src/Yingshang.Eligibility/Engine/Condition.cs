using System.Runtime.Intrinsics;
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
        for (var w = 0; w < t.Length; w++)
        {
            var start = (word0 + w) << 6;
            var n = Entities(columns, word0 + w);
            var (known, hit) = n == 64 && Vector256.IsHardwareAccelerated ? Word(col, start) : Scalar(col, start, n);
            if (negate) hit = ~hit;
            t[w] = known & hit;
            f[w] = known & ~hit;
        }
    }

    // Four entities per compare; the sign bits of the compare masks are the result bits.
    private (ulong Known, ulong Hit) Word(long[] col, int start)
    {
        var vlo = Vector256.Create(lo);
        var vhi = Vector256.Create(hi);
        var empty = Vector256.Create(Register.Empty);
        ulong known = 0, hit = 0;
        ref var first = ref col[start];
        for (var k = 0; k < 64; k += 4)
        {
            var v = Vector256.LoadUnsafe(ref first, (nuint)k);
            var inRange = Vector256.GreaterThanOrEqual(v, vlo) & Vector256.LessThanOrEqual(v, vhi);
            hit |= (ulong)inRange.ExtractMostSignificantBits() << k;
            known |= (ulong)(~Vector256.Equals(v, empty)).ExtractMostSignificantBits() << k;
        }
        return (known, hit);
    }

    private (ulong Known, ulong Hit) Scalar(long[] col, int start, int n)
    {
        ulong known = 0, hit = 0;
        for (var b = 0; b < n; b++)
        {
            var v = col[start + b];
            known |= (v != Register.Empty ? 1UL : 0UL) << b;
            hit |= ((v >= lo) & (v <= hi) ? 1UL : 0UL) << b;
        }
        return (known, hit);
    }
}

/// <summary>Dictionary-coded column (text, enumeration, flag) against a table by code; -1 is empty.</summary>
internal sealed class CodeCondition : Condition
{
    private readonly int[] _column;
    private readonly byte[] _table;

    /// <summary>table[code + 1] is 0 for empty, 1 for true, 2 for false, so the loop needs no branch.</summary>
    public CodeCondition(int[] column, bool[] match)
    {
        _column = column;
        _table = [0, .. match.Select(m => m ? (byte)1 : (byte)2)];
    }

    public override void Evaluate(RunColumns columns, int word0, Span<ulong> t, Span<ulong> f)
    {
        for (var w = 0; w < t.Length; w++)
        {
            var start = (word0 + w) << 6;
            var n = Entities(columns, word0 + w);
            ulong tw = 0, fw = 0;
            for (var b = 0; b < n; b++)
            {
                ulong r = _table[_column[start + b] + 1];
                tw |= (r & 1) << b;
                fw |= (r >> 1) << b;
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
