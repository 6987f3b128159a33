namespace Yingshang.Eligibility.Language;

internal enum TokenKind { Ident, Number, String, Date, Operator, LParen, RParen, LBracket, RBracket, Comma, End }

internal sealed record Token(TokenKind Kind, string Text, int Position, object? Value = null);

internal sealed class RuleSyntaxException(RuleError error) : Exception(error.MessageEn)
{
    public RuleError Error { get; } = error;
}
