using System.Text.RegularExpressions;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// Masks phone and ID numbers in free text. Eleven digits or more keep their first three and last four
/// (<c>138****5678</c>); a shorter number keeps only its last four, since its first three would leave it guessable.
/// </summary>
public static partial class PhoneMask
{
    public static string Mask(string? text) => string.IsNullOrEmpty(text) ? text ?? "" : Numbers().Replace(text, m => Masked(m.Value));

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

    // A mobile number also written as 139 1111 2222 or 139-1111-3333; a landline with its area code (0871-65551234);
    // an ID number with its final X; any other run of seven or more digits. Dates (2026-11-28) match none of them, and
    // neither does the head of a code that goes on in letters: a USCC (91532901MA6UMH722J) is public and stays readable.
    [GeneratedRegex(@"(?<!\d)(?:1[3-9]\d(?:[ -]?\d{4}){2}|0\d{2,3}[ -]\d{7,8}|\d{17}[\dXx]|\d{7,})(?![\dA-Za-z])")]
    private static partial Regex Numbers();
}
