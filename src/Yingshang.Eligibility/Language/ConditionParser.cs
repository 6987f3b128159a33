namespace Yingshang.Eligibility.Language;

/// <summary>
/// rule := or; or := and (("or"|"或") and)*; and := unary (("and"|"且") unary)*;
/// unary := ("not"|"非") unary | "(" or ")" | atom.
/// Syntax errors stop the parse; type errors are collected so that all of them are reported.
/// </summary>
internal sealed partial class ConditionParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<RuleError> _errors = [];
    private int _index;

    private ConditionParser(string text)
    {
        _text = text;
        _tokens = new Lexer(text, dates: true).Tokenize();
    }

    public static (BoolExpr? Expr, IReadOnlyList<RuleError> Errors) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, [new RuleError(0, "规则为空", "the rule is empty")]);
        try
        {
            var parser = new ConditionParser(text);
            var expr = parser.ParseOr();
            var end = parser.Peek;
            if (end.Kind == TokenKind.RParen) throw Error(end.Position, "多余的右括号“)”", "unbalanced ')': no matching '('");
            if (end.Kind != TokenKind.End) throw Error(end.Position, $"多余的内容“{end.Text}”", $"unexpected '{end.Text}' after the end of the rule");
            return parser._errors.Count == 0 ? (expr, []) : (null, parser._errors);
        }
        catch (RuleSyntaxException e)
        {
            return (null, [e.Error]);
        }
    }

    private Token Peek => _tokens[_index];

    private Token Take() => _tokens[_index++];

    private bool TakeKeyword(string en, string zh)
    {
        if (Peek.Kind != TokenKind.Ident || (Peek.Text != en && Peek.Text != zh)) return false;
        _index++;
        return true;
    }

    private BoolExpr ParseOr()
    {
        var left = ParseAnd();
        while (TakeKeyword("or", "或")) left = new OrExpr(left, ParseAnd());
        return left;
    }

    private BoolExpr ParseAnd()
    {
        var left = ParseUnary();
        while (TakeKeyword("and", "且")) left = new AndExpr(left, ParseUnary());
        return left;
    }

    private BoolExpr ParseUnary()
    {
        if (TakeKeyword("not", "非")) return new NotExpr(ParseUnary());
        if (Peek.Kind == TokenKind.LParen)
        {
            var open = Take();
            var inner = ParseOr();
            if (Peek.Kind != TokenKind.RParen)
            {
                if (Peek.Kind == TokenKind.End)
                    throw Error(open.Position, "括号不匹配：此处的“(”缺少对应的“)”", "unbalanced '(': missing ')'");
                throw Error(Peek.Position, $"此处应为“)”，而不是“{Peek.Text}”", $"expected ')' but found '{Peek.Text}'");
            }
            Take();
            return inner;
        }
        return new AtomExpr(ParseAtom());
    }

    private static AtomOp? ComparisonOf(string op) => op switch
    {
        "=" => AtomOp.Eq, "!=" => AtomOp.Ne, "<" => AtomOp.Lt, "<=" => AtomOp.Le, ">" => AtomOp.Gt, ">=" => AtomOp.Ge, _ => null,
    };

    private static RuleSyntaxException Error(int position, string zh, string en) => new(new RuleError(position, zh, en));
}
