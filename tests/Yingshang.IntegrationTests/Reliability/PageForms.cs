using System.Net;
using System.Text.RegularExpressions;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>A POST form found in a page's HTML: where it posts, its fields with their rendered values, and how it encodes.</summary>
internal sealed record PageForm(string Action, IReadOnlyList<(string Name, string Value)> Fields, bool Multipart)
{
    /// <summary>Names the form the same way on every page it appears on (the layout's forms appear on all of them).</summary>
    public string Key => $"{Action.Split('?')[0]}?{Action.Split('?').ElementAtOrDefault(1)}|{string.Join(',', Fields.Select(f => f.Name).Order(StringComparer.Ordinal))}";
}

internal static partial class PageForms
{
    /// <summary>Every POST form of the page, one per submit target (a button's <c>formaction</c> is a form of its own).</summary>
    public static IEnumerable<PageForm> Parse(string html, string pagePath)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = form.Groups["attrs"].Value;
            if (!Attribute(attributes, "method").Equals("post", StringComparison.OrdinalIgnoreCase)) continue;
            var body = form.Groups["body"].Value;
            var fields = Fields(body).Where(f => f.Name != "__RequestVerificationToken").ToList();
            var multipart = Attribute(attributes, "enctype").Contains("multipart", StringComparison.OrdinalIgnoreCase);
            var action = Attribute(attributes, "action") is { Length: > 0 } a ? a : pagePath;
            yield return new PageForm(action, fields, multipart);
            foreach (Match target in FormActionPattern().Matches(body))
                yield return new PageForm(WebUtility.HtmlDecode(target.Groups[1].Value), fields, multipart);
        }
    }

    public static string? Token(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static IEnumerable<(string Name, string Value)> Fields(string body)
    {
        foreach (Match input in InputPattern().Matches(body))
        {
            var attributes = input.Groups[1].Value;
            var name = Attribute(attributes, "name");
            var type = Attribute(attributes, "type").ToLowerInvariant();
            if (name.Length == 0 || type is "submit" or "button" or "reset" or "image") continue;
            if (type is "checkbox" or "radio" && !attributes.Contains("checked", StringComparison.Ordinal)) continue;
            yield return (name, Attribute(attributes, "value") is { Length: > 0 } v ? v : type is "checkbox" ? "true" : "");
        }
        foreach (Match select in SelectPattern().Matches(body))
        {
            var options = OptionPattern().Matches(select.Groups[2].Value);
            yield return (Attribute(select.Groups[1].Value, "name"), options.Count > 0 ? WebUtility.HtmlDecode(options[^1].Groups[1].Value) : "");
        }
        foreach (Match area in TextAreaPattern().Matches(body))
            yield return (Attribute(area.Groups[1].Value, "name"), WebUtility.HtmlDecode(area.Groups[2].Value));
    }

    private static string Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $@"(?:^|\s){name}\s*=\s*""([^""]*)""", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    [GeneratedRegex(@"<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<input([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"<select([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectPattern();

    [GeneratedRegex(@"<option[^>]*value=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"<textarea([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex(@"formaction=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex FormActionPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
