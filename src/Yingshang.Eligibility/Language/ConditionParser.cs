namespace Yingshang.Eligibility.Language;

/// <summary>
/// rule := or; or := and (("or"|"或") and)*; and := unary (("and"|"且") unary)*;
/// unary := ("not"|"非") unary | "(" or ")" | atom.
/// Syntax errors stop the parse; type errors are collected so that all of them are reported.
/// </summary>
internal sealed class ConditionParser
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

    private Atom ParseAtom()
    {
        var start = Peek;
        if (start.Kind == TokenKind.Ident && start.Text == "startswith") return ParseStartsWith();
        var field = ParseField();
        var op = Peek;
        Atom atom;
        if (op.Kind == TokenKind.Ident && op.Text == "in")
        {
            Take();
            atom = Finish(start, field, AtomOp.In, ParseList(), op.Position);
        }
        else if (op.Kind == TokenKind.Ident && op.Text == "has")
        {
            Take();
            atom = Finish(start, field, AtomOp.Has, [ParseLiteral()], op.Position);
        }
        else if (op.Kind == TokenKind.Operator && ComparisonOf(op.Text) is { } cmp)
        {
            Take();
            atom = Finish(start, field, cmp, [ParseLiteral()], op.Position);
        }
        else if (field.Type == FieldType.Bool)
        {
            // A bare flag reads as "flag = true": `非 经营异常`.
            atom = Finish(start, field, AtomOp.Eq, [new Literal(true, start.Position)], start.Position);
        }
        else
        {
            throw Error(op.Position, $"{field.Display}后应为比较运算符、in 或 has", $"expected a comparison, 'in' or 'has' after {field.Name}");
        }
        return atom;
    }

    private Atom ParseStartsWith()
    {
        var start = Take();
        Expect(TokenKind.LParen, "(");
        var field = ParseField();
        Expect(TokenKind.Comma, ",");
        var prefix = ParseLiteral();
        Expect(TokenKind.RParen, ")");
        return Finish(start, field, AtomOp.StartsWith, [prefix], start.Position);
    }

    private Atom Finish(Token start, FieldDef field, AtomOp op, IReadOnlyList<Literal> values, int opPosition)
    {
        var last = _tokens[_index - 1];
        var source = _text[start.Position..(last.Position + last.Text.Length)];
        var atom = new Atom(source, field, op, values, start.Position);
        _errors.AddRange(TypeChecker.Check(atom, opPosition));
        return atom;
    }

    private FieldDef ParseField()
    {
        var token = Take();
        if (token.Kind == TokenKind.End) throw Error(token.Position, "规则不完整：此处应为字段", "incomplete rule: a field is expected here");
        if (token.Kind != TokenKind.Ident) throw Error(token.Position, $"此处应为字段，而不是“{token.Text}”", $"expected a field but found '{token.Text}'");
        return Fields.Find(token.Text)
            ?? throw Error(token.Position, $"未知字段“{token.Text}”", $"unknown field '{token.Text}'");
    }

    private List<Literal> ParseList()
    {
        Expect(TokenKind.LBracket, "[");
        var items = new List<Literal> { ParseLiteral() };
        while (Peek.Kind == TokenKind.Comma)
        {
            Take();
            items.Add(ParseLiteral());
        }
        Expect(TokenKind.RBracket, "]");
        return items;
    }

    private Literal ParseLiteral()
    {
        var token = Take();
        if (token.Kind == TokenKind.Operator && token.Text == "-" && Peek.Kind == TokenKind.Number)
            return new Literal(-(decimal)Take().Value!, token.Position);
        if (token.Kind is TokenKind.Number or TokenKind.String or TokenKind.Date) return new Literal(token.Value!, token.Position);
        if (token.Kind == TokenKind.Ident && token.Text is "true" or "false") return new Literal(token.Text == "true", token.Position);
        if (token.Kind == TokenKind.End) throw Error(token.Position, "规则不完整：此处应为值", "incomplete rule: a value is expected here");
        throw Error(token.Position, $"此处应为值（数值、\"字符串\"、日期、true/false），而不是“{token.Text}”",
            $"expected a value (number, \"string\", date, true/false) but found '{token.Text}'");
    }

    private void Expect(TokenKind kind, string text)
    {
        var token = Take();
        if (token.Kind != kind)
            throw Error(token.Position, $"此处应为“{text}”，而不是“{token.Text}”", $"expected '{text}' but found '{(token.Kind == TokenKind.End ? "end of rule" : token.Text)}'");
    }

    private static AtomOp? ComparisonOf(string op) => op switch
    {
        "=" => AtomOp.Eq, "!=" => AtomOp.Ne, "<" => AtomOp.Lt, "<=" => AtomOp.Le, ">" => AtomOp.Gt, ">=" => AtomOp.Ge, _ => null,
    };

    private static RuleSyntaxException Error(int position, string zh, string en) => new(new RuleError(position, zh, en));
}
