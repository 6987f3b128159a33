using System.Text.RegularExpressions;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>Masks phone numbers in log lines and lists: 13812345678 → 138****5678 (first three, last four).</summary>
public static partial class PhoneMask
{
    public static string Mask(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : Digits().Replace(text, m => m.Value[..3] + new string('*', m.Value.Length - 7) + m.Value[^4..]);

    // Seven or more digits in a row: mobile numbers, landlines with area code, and ID numbers all fall under it.
    [GeneratedRegex(@"(?<!\d)\d{7,}(?!\d)")]
    private static partial Regex Digits();
}
