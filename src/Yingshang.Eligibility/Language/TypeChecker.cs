namespace Yingshang.Eligibility.Language;

/// <summary>Which operators and literals each field type accepts.</summary>
internal static class TypeChecker
{
    public static IEnumerable<RuleError> Check(Atom atom, int opPosition)
    {
        var f = atom.Field;
        var opError = OperatorError(f, atom.Op, opPosition);
        if (opError is not null)
        {
            yield return opError;
            yield break;
        }
        foreach (var literal in atom.Values)
        {
            if (LiteralError(f, atom.Op, literal) is { } error) yield return error;
        }
    }

    private static RuleError? OperatorError(FieldDef f, AtomOp op, int position)
    {
        var allowed = f.Type switch
        {
            FieldType.Number or FieldType.Date => op is not (AtomOp.Has or AtomOp.StartsWith),
            FieldType.Text => op is AtomOp.Eq or AtomOp.Ne or AtomOp.In or AtomOp.StartsWith,
            FieldType.Enum => op is AtomOp.Eq or AtomOp.Ne or AtomOp.In,
            FieldType.Bool => op is AtomOp.Eq or AtomOp.Ne,
            _ => op is AtomOp.Has,
        };
        if (allowed) return null;
        if (f.Type == FieldType.Set)
            return new RuleError(position, $"{f.Display}是集合，只能用 has 判断是否包含某个标签，如 tags has \"专精特新\"",
                $"{f.Name} is a set: use 'has', e.g. tags has \"专精特新\"");
        var name = OpName(op);
        return new RuleError(position, $"{f.Display}是{f.TypeZh}，不能使用“{name}”", $"{f.Name} is {f.TypeEn}: '{name}' cannot be applied to it");
    }

    private static RuleError? LiteralError(FieldDef f, AtomOp op, Literal literal)
    {
        var expected = f.Type switch
        {
            FieldType.Number => typeof(decimal),
            FieldType.Date => typeof(DateOnly),
            FieldType.Bool => typeof(bool),
            _ => typeof(string),
        };
        if (literal.Value.GetType() != expected)
        {
            return new RuleError(literal.Position,
                $"类型不匹配：{f.Display}是{f.TypeZh}，不能与{Describe(literal.Value)}比较",
                $"type mismatch: {f.Name} is {f.TypeEn} and cannot be compared with {DescribeEn(literal.Value)}");
        }
        if (f.Type == FieldType.Enum && !f.Values.Contains((string)literal.Value))
        {
            return new RuleError(literal.Position,
                $"{f.Display}没有取值“{literal.Value}”，可选：{string.Join("、", f.Values)}",
                $"'{literal.Value}' is not a value of {f.Name}; allowed: {string.Join(", ", f.Values)}");
        }
        return null;
    }

    private static string Describe(object v) => v switch
    {
        decimal => "数值", string => "字符串", DateOnly => "日期", _ => "布尔值",
    } + $" {Show(v)}";

    private static string DescribeEn(object v) => v switch
    {
        decimal => "a number", string => "a string", DateOnly => "a date", _ => "a boolean",
    } + $" {Show(v)}";

    private static string Show(object v) => v switch
    {
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    public static string OpName(AtomOp op) => op switch
    {
        AtomOp.Eq => "=", AtomOp.Ne => "!=", AtomOp.Lt => "<", AtomOp.Le => "<=", AtomOp.Gt => ">", AtomOp.Ge => ">=",
        AtomOp.In => "in", AtomOp.Has => "has", _ => "startswith",
    };
}
