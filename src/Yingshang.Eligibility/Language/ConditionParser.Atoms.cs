namespace Yingshang.Eligibility.Language;

/// <summary>Atoms: field op literal, field in [..], tags has "..", startswith(field, ".."), a bare flag.</summary>
internal sealed partial class ConditionParser
{
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
}
