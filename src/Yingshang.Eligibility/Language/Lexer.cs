using System.Globalization;

namespace Yingshang.Eligibility.Language;

/// <summary>Splits rule text into tokens; positions are 0-based UTF-16 offsets into the text.</summary>
internal sealed class Lexer(string text, bool dates)
{
    private static readonly HashSet<string> Keywords =
        ["and", "or", "not", "in", "has", "startswith", "true", "false", "min", "max", "round"];

    private int _pos;

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
            if (_pos >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, "", text.Length));
                return tokens;
            }
            tokens.Add(Next());
        }
    }

    private Token Next()
    {
        var start = _pos;
        var c = Normalize(text[_pos]);
        switch (c)
        {
            case '(': _pos++; return new Token(TokenKind.LParen, "(", start);
            case ')': _pos++; return new Token(TokenKind.RParen, ")", start);
            case '[': _pos++; return new Token(TokenKind.LBracket, "[", start);
            case ']': _pos++; return new Token(TokenKind.RBracket, "]", start);
            case ',': _pos++; return new Token(TokenKind.Comma, ",", start);
            case '"': return StringLiteral(start, '"');
            case '“': return StringLiteral(start, '”');
            case '+' or '-' or '*' or '/': _pos++; return new Token(TokenKind.Operator, c.ToString(), start);
            case '=': _pos++; return new Token(TokenKind.Operator, "=", start);
            case '!' or '<' or '>': return Comparison(start, c);
        }
        if (char.IsAsciiDigit(c)) return NumberOrDate(start);
        if (char.IsAsciiLetter(c) || c == '_') return AsciiIdent(start);
        if (c > 0x2E80 && char.IsLetter(c)) return ChineseIdent(start);
        throw Error(start, $"无法识别的字符“{text[start]}”", $"unexpected character '{text[start]}'");
    }

    // Officials type on Chinese keyboards: full-width brackets, commas and quotes are accepted.
    private static char Normalize(char c) => c switch
    {
        '（' => '(', '）' => ')', '［' => '[', '］' => ']', '，' => ',', '＝' => '=',
        '＜' => '<', '＞' => '>', '！' => '!', '＂' => '"', _ => c,
    };

    private Token Comparison(int start, char c)
    {
        _pos++;
        if (_pos < text.Length && Normalize(text[_pos]) == '=')
        {
            _pos++;
            return new Token(TokenKind.Operator, c + "=", start);
        }
        if (c == '!') throw Error(start, "“!”后应为“=”", "'!' must be followed by '='");
        return new Token(TokenKind.Operator, c.ToString(), start);
    }

    private Token StringLiteral(int start, char close)
    {
        _pos++;
        var sb = new System.Text.StringBuilder();
        while (_pos < text.Length && text[_pos] != close && !(close == '"' && text[_pos] == '＂'))
        {
            if (text[_pos] == '\\' && _pos + 1 < text.Length) _pos++;
            sb.Append(text[_pos++]);
        }
        if (_pos >= text.Length) throw Error(start, "字符串缺少结束引号", "unterminated string literal");
        _pos++;
        return new Token(TokenKind.String, text[start.._pos], start, sb.ToString());
    }

    private Token NumberOrDate(int start)
    {
        while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        if (dates && _pos < text.Length && text[_pos] == '-' && _pos + 1 < text.Length && char.IsAsciiDigit(text[_pos + 1]))
        {
            while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] == '-')) _pos++;
            var raw = text[start.._pos];
            if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Error(start, $"日期“{raw}”无效，应为 yyyy-MM-dd 格式的真实日期", $"invalid date '{raw}': expected a real date as yyyy-MM-dd");
            return new Token(TokenKind.Date, raw, start, date);
        }
        if (_pos + 1 < text.Length && text[_pos] == '.' && char.IsAsciiDigit(text[_pos + 1]))
        {
            _pos++;
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }
        var number = text[start.._pos];
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw Error(start, $"数值“{number}”超出范围", $"number '{number}' is out of range");
        return new Token(TokenKind.Number, number, start, value);
    }

    private Token AsciiIdent(int start)
    {
        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
        var word = text[start.._pos];
        // Keywords and field names are case-insensitive: officials paste rules typed as AND / Employees.
        var lower = word.ToLowerInvariant();
        return new Token(TokenKind.Ident, Keywords.Contains(lower) || Fields.Find(lower) is not null ? lower : word, start);
    }

    // Chinese rules are often written without spaces (成立年限>=3且县市="东城县"), so known words are split greedily.
    private Token ChineseIdent(int start)
    {
        foreach (var word in Fields.ChineseWords)
        {
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                _pos += word.Length;
                return new Token(TokenKind.Ident, word, start);
            }
        }
        while (_pos < text.Length && text[_pos] > 0x2E80 && char.IsLetterOrDigit(text[_pos])) _pos++;
        return new Token(TokenKind.Ident, text[start.._pos], start);
    }

    private static RuleSyntaxException Error(int position, string zh, string en) => new(new RuleError(position, zh, en));
}
