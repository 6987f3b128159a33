using System.Text.RegularExpressions;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// A message as staff read it (outbox, notification log, audit log): the token of a one-time link hidden — whoever reads
/// a rating link could rate in the requester's place — and phone and ID numbers masked. Only the sender sees the text whole.
/// </summary>
public static partial class MessageText
{
    public const string HiddenLink = "/（一次性链接已隐藏）";

    // Tokens first: masking a digit run inside a token first would split it and leave its pieces readable.
    public static string Mask(string? text) => PhoneMask.Mask(string.IsNullOrEmpty(text) ? text : LinkToken().Replace(text, HiddenLink));

    // A path segment of 32 or more URL-safe characters: the 43-character tokens of /Public/Rate/{token}.
    [GeneratedRegex(@"/[A-Za-z0-9_-]{32,}")]
    private static partial Regex LinkToken();
}
