using System.Text;
using Yingshang.Eligibility.Language;

namespace Yingshang.Web.Features.Policies;

/// <summary>A rule or amount text with the checker's errors, for the editor's caret display.</summary>
public sealed record RuleEditorView(string Label, string Text, IReadOnlyList<RuleError> Errors)
{
    public static RuleEditorView Check(string label, string? text, bool amount)
    {
        var t = text ?? "";
        var result = amount ? RuleChecker.CheckAmount(t) : RuleChecker.Check(t);
        return new RuleEditorView(label, t, result.Errors);
    }

    /// <summary>Spaces as wide as the text before <paramref name="position"/> (an ideographic space under each wide character), then a caret.</summary>
    public string Caret(int position)
    {
        var line = new StringBuilder();
        foreach (var c in Text.AsSpan(0, Math.Clamp(position, 0, Text.Length)))
            line.Append(c > '\u2E7F' ? '\u3000' : c == '\t' ? '\t' : ' ');
        return line.Append('^').ToString();
    }
}
