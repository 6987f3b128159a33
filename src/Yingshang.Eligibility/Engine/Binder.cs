using Yingshang.Eligibility.Data;
using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Engine;

/// <summary>
/// Turns atoms into condition nodes over one register, hash-consing them: atoms with the same meaning
/// (`employees > 9` and `从业人数 >= 10`) share one node and are evaluated once per block.
/// </summary>
internal sealed class Binder(Register register)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public List<Condition> Conditions { get; } = [];

    public int Bind(Atom atom)
    {
        var (key, make) = Describe(atom);
        if (_ids.TryGetValue(key, out var id)) return id;
        id = Conditions.Count;
        Conditions.Add(make());
        _ids.Add(key, id);
        return id;
    }

    private (string Key, Func<Condition> Make) Describe(Atom atom)
    {
        var field = atom.Field;
        var name = field.Name;
        switch (field.Type)
        {
            case FieldType.Set:
                var tag = (string)atom.Values[0].Value;
                var index = Array.IndexOf(register.TagNames, tag);
                return ($"has|{tag}", () => new TagCondition(index < 0 ? null : register.TagBits[index]));
            case FieldType.Number or FieldType.Date:
                var ages = field.Id == FieldId.AgeYears;
                var column = ages ? null : register.Numbers[(int)field.Id];
                if (atom.Op == AtomOp.In)
                {
                    var values = atom.Values.Select(v => Scaled(v.Value)).Where(s => s == decimal.Truncate(s) && InRange(s))
                        .Select(s => (long)s).Distinct().Order().ToArray();
                    return ($"nin|{name}|{string.Join(',', values)}", () => new NumberInCondition(column, ages, values));
                }
                var (lo, hi, negate) = Range(atom.Op, Scaled(atom.Values[0].Value));
                return ($"range|{name}|{lo}|{hi}|{negate}", () => new RangeCondition(column, ages, lo, hi, negate));
            default:
                return CodeAtom(atom);
        }
    }

    private (string, Func<Condition>) CodeAtom(Atom atom)
    {
        var field = atom.Field;
        var dictionary = register.Dictionaries[(int)field.Id];
        var literals = atom.Values.Select(v => v.Value is bool b ? (b ? "true" : "false") : (string)v.Value).ToArray();
        Func<string, bool> test = atom.Op switch
        {
            AtomOp.Ne => v => v != literals[0],
            AtomOp.StartsWith => v => v.StartsWith(literals[0], StringComparison.Ordinal),
            _ => v => literals.Contains(v, StringComparer.Ordinal),
        };
        var kind = atom.Op switch { AtomOp.Ne => "ne", AtomOp.StartsWith => "sw", _ => "in" };
        var key = $"{kind}|{field.Name}|{string.Join('\u001f', literals.Distinct().Order(StringComparer.Ordinal))}";
        return (key, () => new CodeCondition(register.Codes[(int)field.Id], dictionary.Select(test).ToArray()));
    }

    private static decimal Scaled(object literal) => literal switch
    {
        DateOnly d => d.DayNumber,
        decimal m => m * Register.Scale,
        _ => throw new InvalidOperationException(literal.GetType().Name),
    };

    private static bool InRange(decimal s) => s > long.MinValue && s <= long.MaxValue;

    /// <summary>Column values are whole hundredths, so a threshold in between is rounded to the equivalent integer bound.</summary>
    private static (long Lo, long Hi, bool Negate) Range(AtomOp op, decimal s)
    {
        const long min = long.MinValue + 1;
        var whole = s == decimal.Truncate(s);
        return op switch
        {
            AtomOp.Eq => whole && InRange(s) ? (Clamp(s), Clamp(s), false) : (1, 0, false),
            AtomOp.Ne => whole && InRange(s) ? (Clamp(s), Clamp(s), true) : (1, 0, true),
            AtomOp.Lt => (min, Clamp(decimal.Ceiling(s) - 1), false),
            AtomOp.Le => (min, Clamp(decimal.Floor(s)), false),
            AtomOp.Gt => (Clamp(decimal.Floor(s) + 1), long.MaxValue, false),
            _ => (Clamp(decimal.Ceiling(s)), long.MaxValue, false),
        };
    }

    private static long Clamp(decimal v) =>
        v <= long.MinValue + 1 ? long.MinValue + 1 : v >= long.MaxValue ? long.MaxValue : (long)v;
}
