using System.Globalization;
using System.Text.RegularExpressions;

namespace Yingshang.Eligibility.Language;

/// <summary>
/// Renders a rule or an amount formula as plain Chinese for readers who do not know the language
/// (the policy handbook, the public calculator): "规模为小型或微型，且纳税信用等级为 A 或 B".
/// </summary>
public static partial class RuleDescriber
{
    /// <summary>The rule in Chinese, or null when it does not parse.</summary>
    public static string? Describe(string? rule)
    {
        var (expr, errors) = ConditionParser.Parse(rule);
        return expr is null || errors.Count > 0 ? null : Spaced(Text(expr, nested: false));
    }

    /// <summary>The amount formula in Chinese (in yuan), or null when it does not parse.</summary>
    public static string? DescribeAmount(string? amount)
    {
        var (expr, errors) = AmountParser.Parse(amount);
        return expr is null || errors.Count > 0 ? null : Spaced(AmountText(expr, 0));
    }

    private static string Text(BoolExpr expr, bool nested) => expr switch
    {
        AtomExpr a => Atom(a.Atom, negated: false),
        NotExpr { Operand: AtomExpr a } => Atom(a.Atom, negated: true),
        NotExpr n => $"不满足“{Text(n.Operand, nested: false)}”",
        AndExpr a => Join(Flatten<AndExpr>(a), "，且", nested),
        OrExpr o => Join(Flatten<OrExpr>(o), "，或", nested),
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };

    private static string Join(IEnumerable<BoolExpr> parts, string separator, bool nested)
    {
        var text = string.Join(separator, parts.Select(p => Text(p, nested: true)));
        return nested ? $"（{text}）" : text;
    }

    private static IEnumerable<BoolExpr> Flatten<T>(BoolExpr expr) where T : BoolExpr => expr switch
    {
        AndExpr a when typeof(T) == typeof(AndExpr) => Flatten<T>(a.Left).Concat(Flatten<T>(a.Right)),
        OrExpr o when typeof(T) == typeof(OrExpr) => Flatten<T>(o.Left).Concat(Flatten<T>(o.Right)),
        _ => [expr],
    };

    private static string Atom(Atom atom, bool negated)
    {
        var f = atom.Field;
        var values = atom.Values.Select(v => Value(f, v.Value)).ToList();
        if (f.Type == FieldType.Bool && atom.Op is AtomOp.Eq or AtomOp.Ne)
            return Flag(f.Id, (atom.Values[0].Value is true) == (atom.Op == AtomOp.Eq) != negated);
        var op = negated ? Negate(atom.Op) : atom.Op;
        var date = f.Type == FieldType.Date;
        return op switch
        {
            AtomOp.Eq => $"{f.Alias}为{values[0]}",
            AtomOp.Ne => $"{f.Alias}不为{values[0]}",
            AtomOp.Lt => $"{f.Alias}{(date ? "早于" : "低于")}{values[0]}",
            AtomOp.Le => $"{f.Alias}{(date ? "不晚于" : "不超过")}{values[0]}",
            AtomOp.Gt => $"{f.Alias}{(date ? "晚于" : "超过")}{values[0]}",
            AtomOp.Ge => $"{f.Alias}{(date ? "不早于" : "不低于")}{values[0]}",
            AtomOp.In => $"{f.Alias}{(negated ? "不为" : "为")}{Alternatives(values)}",
            AtomOp.Has => $"{(negated ? "不带有" : "带有")}{values[0]}标签",
            AtomOp.StartsWith => $"{f.Alias}{(negated ? "不以" : "以")}{values[0]}开头",
            _ => atom.Source,
        };
    }

    private static AtomOp Negate(AtomOp op) => op switch
    {
        AtomOp.Eq => AtomOp.Ne, AtomOp.Ne => AtomOp.Eq, AtomOp.Lt => AtomOp.Ge,
        AtomOp.Le => AtomOp.Gt, AtomOp.Gt => AtomOp.Le, AtomOp.Ge => AtomOp.Lt,
        _ => op, // in, has, startswith: the negation is worded in Atom
    };

    private static string Flag(FieldId field, bool value) => field switch
    {
        FieldId.Abnormal => value ? "被列入经营异常名录" : "未被列入经营异常名录",
        FieldId.Dishonest => value ? "属于严重失信主体" : "不属于严重失信主体",
        _ => value ? $"{Fields.Get(field).Alias}为是" : $"{Fields.Get(field).Alias}为否",
    };

    private static string Alternatives(List<string> values, string word = "或") =>
        values.Count == 1 ? values[0] : $"{string.Join("、", values.Take(values.Count - 1))}{word}{values[^1]}";

    private static string Value(FieldDef field, object value) => value switch
    {
        decimal d => Number(field.Id, d),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        string s when field.Id == FieldId.Tags => $"“{s}”",
        string s when field.Id == FieldId.IndustrySection && IndustrySections.Names.TryGetValue(s, out var name) => $"{s}（{name}）",
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Number(FieldId field, decimal value) => field switch
    {
        FieldId.RegisteredCapital or FieldId.Revenue or FieldId.TaxPaid => Money(value),
        FieldId.Employees or FieldId.InsuredEmployees => $"{Plain(value)}人",
        FieldId.AgeYears => $"{Plain(value)}年",
        _ => Plain(value),
    };

    private static string Money(decimal yuan) =>
        Math.Abs(yuan) >= 10000 && yuan % 100 == 0 ? $"{Plain(yuan / 10000)}万元" : $"{Plain(yuan)}元";

    private static string Plain(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    private static string AmountText(AmountExpr expr, int parentPrecedence)
    {
        var (text, precedence) = expr switch
        {
            NumberAmount n => (Plain(n.Value), 3),
            FieldAmount f => (f.Field.Alias, 3),
            NegateAmount n => ($"−{AmountText(n.Operand, 3)}", 3),
            BinaryAmount b => Binary(b),
            CallAmount c => (Call(c), 3),
            _ => throw new InvalidOperationException(expr.GetType().Name),
        };
        return precedence < parentPrecedence ? $"（{text}）" : text;
    }

    private static (string, int) Binary(BinaryAmount b)
    {
        var precedence = b.Op is '+' or '-' ? 1 : 2;
        var symbol = b.Op switch { '+' => "＋", '-' => "－", '*' => "×", _ => "÷" };
        // The right operand of - and / binds tighter so that a − (b − c) keeps its brackets.
        return ($"{AmountText(b.Left, precedence)} {symbol} {AmountText(b.Right, b.Op is '-' or '/' ? precedence + 1 : precedence)}", precedence);
    }

    private static string Call(CallAmount c)
    {
        var args = c.Arguments.Select(a => AmountText(a, 0)).ToList();
        return c.Function switch
        {
            "min" => $"{Alternatives(args, "与")}中的较小者",
            "max" => $"{Alternatives(args, "与")}中的较大者",
            _ when args.Count == 1 => $"{args[0]}（取整）",
            _ => $"{args[0]}（保留 {args[1]} 位小数）",
        };
    }

    /// <summary>A space between Chinese and Latin letters or digits, as Chinese typesetting does: "不低于 10 人".</summary>
    private static string Spaced(string text) => Spaces().Replace(CjkThenLatin().Replace(LatinThenCjk().Replace(text, " "), " "), " ");

    [GeneratedRegex(@"(?<=[A-Za-z0-9%])(?=[\u4e00-\u9fff])")]
    private static partial Regex LatinThenCjk();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff）])(?=[A-Za-z0-9])")]
    private static partial Regex CjkThenLatin();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
