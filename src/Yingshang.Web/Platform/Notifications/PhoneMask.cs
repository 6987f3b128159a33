using System.Text.RegularExpressions;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// Masks phone and ID numbers in free text. Eleven digits or more keep their first three and last four
/// (<c>138****5678</c>); a shorter number keeps only its last four, since its first three would leave it guessable.
/// </summary>
public static partial class PhoneMask
{
    public static string Mask(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : Numbers().Replace(text, m => m.Groups["keep"].Success ? m.Value : Masked(m.Value));

    /// <summary>Masks first, then cuts: a cut made first can leave the head of a number too short to be recognised.</summary>
    public static string MaskAndCut(string text, int length)
    {
        var masked = Mask(text);
        return masked.Length <= length ? masked : masked[..length] + "…";
    }

    private static string Masked(string number)
    {
        var digits = new string([.. number.Where(c => c is not (' ' or '-'))]);
        var head = digits.Length >= 11 ? 3 : 0;
        return digits[..head] + new string('*', digits.Length - head - 4) + digits[^4..];
    }

    // Left readable (group keep): a USCC (91532901MA6UMH722J, public, and a letter before its last character tells it
    // from an ID number), a yyyyMMdd date, and an amount or quantity (1500000 元, 2000000.5 平方米).
    // Masked: a mobile, also written 139 1111 2222 or 139-1111-3333; a landline with its area code (0871-65551234,
    // 0871-6555-1234); an ID number with its final X; any other run of seven or more digits (a local landline).
    [GeneratedRegex("""
        (?<keep>(?<![0-9A-Za-z])(?=[0-9A-Z]{0,16}[A-Z])[0-9A-Z]{18}(?![0-9A-Za-z])
          | (?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)
          | (?<![\d.])\d{7,}(?:\.\d+)?(?=\s*(?:元|万|亿|平方|米|吨|公斤|千克|个|人|户|家|件|次|笔|台|辆|头|只|股|份|余|多)))
        | (?<!\d)(?:1[3-9]\d(?:[ -]?\d{4}){2}|0\d{2,3}[ -]\d{3,4}[ -]\d{4}|0\d{2,3}[ -]\d{7,8}|\d{17}[\dXx]|\d{7,})(?![\d.]?\d)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Numbers();
}
