namespace Yingshang.IntegrationTests.Reliability;

/// <summary>Hostile values for text channels (query strings, forms): what a user, a script or a broken client might send.</summary>
internal static class HostileText
{
    public static readonly string[] Values =
    [
        "", " ", "\u0000", "\u0001\u001b\u007f", "\u202e反转", "😀𠀀", "'; DROP TABLE appeals_appeal; --", "' OR '1'='1",
        "<script>window.__xss=1</script>", "\"><img src=x onerror=alert(1)>", "]]><x>", "&amp;&#0;", "{{7*7}}", "../../etc/passwd",
        "-1", "0", "2147483648", "-2147483649", "99999999999999999999999", "1e999", "NaN", "Infinity", "-91", "181", "0.5",
        "2026-02-30", "2026-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "2026-13-01T00:00:00Z", "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-12:00", "2026-11-27T25:61:00", "true", "null", "a@", "javascript:alert(1)", "1,2,,3",
        new string('界', 5000), new string('x', 100_000),
    ];

    public static string Pick(Random random) => Values[random.Next(Values.Length)];

    public static string Shorten(string text) => text.Length > 60 ? $"{text[..60]}…({text.Length} chars)" : text;
}
