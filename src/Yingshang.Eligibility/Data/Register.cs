using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Data;

/// <summary>
/// The register held column-wise: numbers as long in hundredths (fen for money) with long.MinValue for empty,
/// dates as day numbers, strings, enumerations and flags as dictionary codes (-1 for empty), tags as one bitset per tag.
/// </summary>
public sealed class Register
{
    internal const long Empty = long.MinValue;
    internal const long Scale = 100;

    internal Register(int count, long[][] numbers, int[][] codes, string[][] dictionaries, ulong[][] tagBits, string[] tagNames)
    {
        Count = count;
        Numbers = numbers;
        Codes = codes;
        Dictionaries = dictionaries;
        TagBits = tagBits;
        TagNames = tagNames;
    }

    public int Count { get; }

    /// <summary>Indexed by FieldId; set for Number fields (except age_years) and established.</summary>
    internal long[][] Numbers { get; }

    /// <summary>Indexed by FieldId; set for Text, Enum and Bool fields.</summary>
    internal int[][] Codes { get; }

    internal string[][] Dictionaries { get; }

    internal ulong[][] TagBits { get; }

    internal string[] TagNames { get; }

    internal int Words => (Count + 63) >> 6;

    public static Register Build(IReadOnlyList<EnterpriseFacts> enterprises)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        return new RegisterBuilder(enterprises).Build();
    }

    /// <summary>age_years depends on the evaluation date, so it is derived per run from established.</summary>
    internal long[] AgeColumn(DateOnly asOf)
    {
        var established = Numbers[(int)FieldId.Established];
        var ages = new long[Count];
        for (var i = 0; i < ages.Length; i++)
        {
            ages[i] = established[i] == Empty
                ? Empty
                : Age.WholeYears(DateOnly.FromDayNumber((int)established[i]), asOf) * Scale;
        }
        return ages;
    }

    /// <summary>One enterprise's field value as the language sees it (the same shapes as FactValues).</summary>
    internal object? Value(int entity, FieldId field, long[] ages)
    {
        var def = Fields.Get(field);
        switch (def.Type)
        {
            case FieldType.Number:
                var n = field == FieldId.AgeYears ? ages[entity] : Numbers[(int)field][entity];
                return n == Empty ? null : (decimal)n / Scale;
            case FieldType.Date:
                var d = Numbers[(int)field][entity];
                return d == Empty ? null : DateOnly.FromDayNumber((int)d);
            case FieldType.Set:
                return TagsOf(entity);
            default:
                var code = Codes[(int)field][entity];
                if (code < 0) return null;
                return def.Type == FieldType.Bool ? code == 1 : Dictionaries[(int)field][code];
        }
    }

    private string[] TagsOf(int entity)
    {
        var word = entity >> 6;
        var bit = 1UL << (entity & 63);
        var tags = new List<string>();
        for (var t = 0; t < TagNames.Length; t++)
        {
            if ((TagBits[t][word] & bit) != 0) tags.Add(TagNames[t]);
        }
        tags.Sort(StringComparer.Ordinal);
        return [.. tags];
    }
}
