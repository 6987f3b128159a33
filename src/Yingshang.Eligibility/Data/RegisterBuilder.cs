using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Data;

internal sealed class RegisterBuilder(IReadOnlyList<EnterpriseFacts> enterprises)
{
    private readonly int _n = enterprises.Count;
    private readonly long[][] _numbers = new long[Fields.All.Length][];
    private readonly int[][] _codes = new int[Fields.All.Length][];
    private readonly string[][] _dictionaries = new string[Fields.All.Length][];

    public Register Build()
    {
        Number(FieldId.RegisteredCapital, e => e.RegisteredCapital);
        Number(FieldId.Employees, e => e.Employees);
        Number(FieldId.InsuredEmployees, e => e.InsuredEmployees);
        Number(FieldId.Revenue, e => e.Revenue);
        Number(FieldId.TaxPaid, e => e.TaxPaid);
        var established = new long[_n];
        for (var i = 0; i < _n; i++) established[i] = enterprises[i].Established is { } d ? d.DayNumber : Register.Empty;
        _numbers[(int)FieldId.Established] = established;
        Code(FieldId.Kind, e => e.Kind);
        Code(FieldId.County, e => e.County);
        Code(FieldId.Industry, e => e.Industry);
        Code(FieldId.IndustrySection, e => FactValues.SectionOf(e.Industry));
        Code(FieldId.TaxCredit, e => e.TaxCredit);
        Code(FieldId.Size, e => e.Size);
        Code(FieldId.RiskClass, e => e.RiskClass);
        Flag(FieldId.Abnormal, e => e.Abnormal);
        Flag(FieldId.Dishonest, e => e.Dishonest);
        var (bits, names) = Tags();
        return new Register(_n, _numbers, _codes, _dictionaries, bits, names);
    }

    private void Number(FieldId field, Func<EnterpriseFacts, decimal?> get)
    {
        var column = new long[_n];
        for (var i = 0; i < _n; i++)
        {
            var v = get(enterprises[i]);
            if (v is null)
            {
                column[i] = Register.Empty;
                continue;
            }
            var scaled = v.Value * Register.Scale;
            if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) >= 1e17m)
                throw new ArgumentException($"enterprise {i}: {Fields.Get(field).Name} = {v} has more than two decimals or is out of range");
            column[i] = (long)scaled;
        }
        _numbers[(int)field] = column;
    }

    private void Code(FieldId field, Func<EnterpriseFacts, string?> get)
    {
        var def = Fields.Get(field);
        var dictionary = def.Values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
        var values = new List<string>(def.Values);
        var column = new int[_n];
        for (var i = 0; i < _n; i++)
        {
            var v = get(enterprises[i]);
            if (v is null)
            {
                column[i] = -1;
                continue;
            }
            if (!dictionary.TryGetValue(v, out var code))
            {
                if (def.Type == FieldType.Enum)
                    throw new ArgumentException($"enterprise {i}: '{v}' is not a value of {def.Name} ({string.Join(", ", def.Values)})");
                code = values.Count;
                dictionary.Add(v, code);
                values.Add(v);
            }
            column[i] = code;
        }
        _codes[(int)field] = column;
        _dictionaries[(int)field] = [.. values];
    }

    private void Flag(FieldId field, Func<EnterpriseFacts, bool?> get)
    {
        var column = new int[_n];
        for (var i = 0; i < _n; i++) column[i] = get(enterprises[i]) switch { null => -1, true => 1, false => 0 };
        _codes[(int)field] = column;
        _dictionaries[(int)field] = ["false", "true"];
    }

    private (ulong[][] Bits, string[] Names) Tags()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var bits = new List<ulong[]>();
        var words = (_n + 63) >> 6;
        for (var i = 0; i < _n; i++)
        {
            foreach (var tag in enterprises[i].Tags ?? [])
            {
                if (!index.TryGetValue(tag, out var t))
                {
                    t = bits.Count;
                    index.Add(tag, t);
                    bits.Add(new ulong[words]);
                }
                bits[t][i >> 6] |= 1UL << (i & 63);
            }
        }
        return ([.. bits], index.OrderBy(p => p.Value).Select(p => p.Key).ToArray());
    }
}
