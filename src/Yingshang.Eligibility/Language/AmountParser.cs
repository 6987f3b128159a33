namespace Yingshang.Eligibility.Language;

/// <summary>
/// amount := term (("+"|"-") term)*; term := factor (("*"|"/") factor)*;
/// factor := "-" factor | number | numeric field | ("min"|"max"|"round") "(" amount ("," amount)* ")" | "(" amount ")".
/// </summary>
internal sealed class AmountParser
{
    private readonly List<Token> _tokens;
    private int _index;

    private AmountParser(string text) => _tokens = new Lexer(text, dates: false).Tokenize();

    public static (AmountExpr? Expr, IReadOnlyList<RuleError> Errors) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, [new RuleError(0, "金额公式为空", "the amount formula is empty")]);
        try
        {
            var parser = new AmountParser(text);
            var expr = parser.ParseSum();
            var end = parser._tokens[parser._index];
            if (end.Kind == TokenKind.RParen) throw Error(end.Position, "多余的右括号“)”", "unbalanced ')': no matching '('");
            if (end.Kind != TokenKind.End) throw Error(end.Position, $"多余的内容“{end.Text}”", $"unexpected '{end.Text}' after the end of the formula");
            return (expr, []);
        }
        catch (RuleSyntaxException e)
        {
            return (null, [e.Error]);
        }
    }

    private Token Peek => _tokens[_index];

    private bool TakeOperator(char op)
    {
        if (Peek.Kind != TokenKind.Operator || Peek.Text[0] != op) return false;
        _index++;
        return true;
    }

    private AmountExpr ParseSum()
    {
        var left = ParseProduct();
        while (true)
        {
            if (TakeOperator('+')) left = new BinaryAmount('+', left, ParseProduct());
            else if (TakeOperator('-')) left = new BinaryAmount('-', left, ParseProduct());
            else return left;
        }
    }

    private AmountExpr ParseProduct()
    {
        var left = ParseFactor();
        while (true)
        {
            if (TakeOperator('*')) left = new BinaryAmount('*', left, ParseFactor());
            else if (TakeOperator('/')) left = new BinaryAmount('/', left, ParseFactor());
            else return left;
        }
    }

    private AmountExpr ParseFactor()
    {
        if (TakeOperator('-')) return new NegateAmount(ParseFactor());
        var token = _tokens[_index++];
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new NumberAmount((decimal)token.Value!);
            case TokenKind.LParen:
                var inner = ParseSum();
                if (Peek.Kind != TokenKind.RParen) throw Error(token.Position, "括号不匹配：此处的“(”缺少对应的“)”", "unbalanced '(': missing ')'");
                _index++;
                return inner;
            case TokenKind.Ident when token.Text is "min" or "max" or "round":
                return ParseCall(token);
            case TokenKind.Ident:
                var field = Fields.Find(token.Text) ?? throw Error(token.Position, $"未知字段“{token.Text}”", $"unknown field '{token.Text}'");
                if (field.Type != FieldType.Number)
                    throw Error(token.Position, $"金额公式只能使用数值字段，{field.Display}是{field.TypeZh}", $"amounts use numeric fields only; {field.Name} is {field.TypeEn}");
                return new FieldAmount(field);
            case TokenKind.End:
                throw Error(token.Position, "公式不完整：此处应为数值、字段或函数", "incomplete formula: a number, field or function is expected");
            default:
                throw Error(token.Position, $"此处应为数值、字段或函数，而不是“{token.Text}”", $"expected a number, field or function but found '{token.Text}'");
        }
    }

    private CallAmount ParseCall(Token name)
    {
        if (Peek.Kind != TokenKind.LParen) throw Error(Peek.Position, $"{name.Text} 后应为“(”", $"expected '(' after {name.Text}");
        _index++;
        var args = new List<AmountExpr> { ParseSum() };
        while (Peek.Kind == TokenKind.Comma)
        {
            _index++;
            args.Add(ParseSum());
        }
        if (Peek.Kind != TokenKind.RParen) throw Error(Peek.Position, $"此处应为“)”，而不是“{Peek.Text}”", $"expected ')' but found '{Peek.Text}'");
        _index++;
        if (name.Text != "round" && args.Count < 2)
            throw Error(name.Position, $"{name.Text} 至少需要两个参数", $"{name.Text} needs at least two arguments");
        if (name.Text == "round" && !IsValidRound(args))
            throw Error(name.Position, "round 的用法：round(x) 或 round(x, 小数位数0–10)", "usage: round(x) or round(x, digits 0-10)");
        return new CallAmount(name.Text, args);
    }

    private static bool IsValidRound(List<AmountExpr> args) =>
        args.Count == 1 || (args.Count == 2 && args[1] is NumberAmount { Value: >= 0 and <= 10 } digits && digits.Value % 1 == 0);

    private static RuleSyntaxException Error(int position, string zh, string en) => new(new RuleError(position, zh, en));
}
