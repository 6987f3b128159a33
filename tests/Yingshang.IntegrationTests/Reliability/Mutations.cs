using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>One hostile request: what it does (for the failure message), the query string and the body.</summary>
internal sealed record Mutation(string What, string Query, Func<HttpContent?> Content);

/// <summary>Generates hostile variants of a well-formed request from a seeded <see cref="Random"/>, so a failure can be replayed.</summary>
internal sealed class Mutations(Random random)
{
    private static readonly string Huge = new('界', 1024 * 1024 / 3);

    private static readonly JsonNode?[] HostileValues =
    [
        null, true, 0, -1, -2147483648, 2147483647, 9223372036854775807, -9223372036854775808, 1e308, -1e308, 0.5, "NaN",
        "", " ", "\u0000", "\u0001\u001b\u007f", "\u202e反转", "😀𠀀", "'; DROP TABLE appeals_appeal; --", "' OR '1'='1",
        "<script>window.__xss=1</script>", "\"><img src=x onerror=alert(1)>", "../../etc/passwd", "%00", "{{7*7}}",
        "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31T23:59:59Z", "0001-01-01", "-1-01-01", "2026-11-27T25:61:00",
        "99999999999999999999999", "1e999", "0x7fffffff", new JsonArray(1, "a"), new JsonObject { ["$type"] = "System.Object" },
    ];

    private static readonly string[] HostileQueryValues =
    [
        "", "-1", "0", "2147483648", "-2147483649", "99999999999999999999999", "1e999", "NaN", "abc", "%00", "%FF%FE", "%C3%28",
        "<script>alert(1)</script>", "'%20OR%20'1'='1", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "-0001-01-01",
        "true", "null", "%E2%80%AE", new string('x', 100_000), "1&pageSize=-1", "1&page=999999999",
    ];

    public Mutation Next(FuzzTarget target)
    {
        var kind = random.Next(target.Body is null && target.Method is "GET" or "DELETE" ? 2 : 10);
        return kind switch
        {
            0 or 1 when target.Query.Count > 0 => QueryMutation(target),
            0 or 1 => new Mutation("unknown query", $"?{Pick(HostileQueryValues)}={Pick(HostileQueryValues)}", () => null),
            2 or 3 or 4 or 5 => FieldMutation(target),
            6 => Json("missing and extra fields", Strip(target.SampleBody())),
            7 => Raw(target),
            8 => WrongContentType(target),
            _ => Json("deep nesting", Nest(random.Next(60, 400))),
        };
    }

    private Mutation QueryMutation(FuzzTarget target)
    {
        var (name, _) = target.Query[random.Next(target.Query.Count)];
        var value = Pick(HostileQueryValues);
        var others = string.Concat(target.Query.Where(q => q.Name != name && random.Next(3) == 0).Select(q => $"&{q.Name}={Pick(HostileQueryValues)}"));
        var query = $"?{name}={value}{others}";
        return new Mutation($"query {Shorten(query)}", query, () => null);
    }

    private Mutation FieldMutation(FuzzTarget target)
    {
        var body = target.SampleBody();
        if (body is not JsonObject root || root.Count == 0) return Json("hostile body", Clone(Pick(HostileValues)));
        var (parent, key) = PickField(root);
        var value = random.Next(10) == 0 ? (JsonNode)Huge : Clone(Pick(HostileValues));
        parent[key] = value;
        return Json($"field {key}={Shorten(value?.ToJsonString() ?? "null")}", root);
    }

    private (JsonObject Parent, string Key) PickField(JsonObject root)
    {
        var key = root.ElementAt(random.Next(root.Count)).Key;
        return root[key] is JsonObject { Count: > 0 } inner && random.Next(2) == 0 ? PickField(inner) : (root, key);
    }

    private JsonNode? Strip(JsonNode? body)
    {
        if (body is not JsonObject root) return body;
        foreach (var key in root.Select(p => p.Key).ToList().Where(_ => random.Next(2) == 0)) root.Remove(key);
        root["unexpected" + random.Next(100)] = Clone(Pick(HostileValues));
        return root;
    }

    private Mutation Raw(FuzzTarget target)
    {
        var sample = target.SampleBody()?.ToJsonString() ?? "{}";
        var bytes = random.Next(8) switch
        {
            0 => "{"u8.ToArray(),
            1 => [.. Encoding.UTF8.GetBytes(sample[..(sample.Length / 2)])],
            2 => [.. "{\"content\":\""u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\"}"u8],
            3 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(sample)],
            4 => Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat(sample, 5_000)) + "]"),
            5 => Encoding.UTF8.GetBytes(sample.Replace("示例", "\\u0000\\ud800", StringComparison.Ordinal)),
            6 => [],
            _ => Enumerable.Range(0, 4096).Select(_ => (byte)random.Next(256)).ToArray(),
        };
        return new Mutation($"raw body ({bytes.Length} bytes, variant)", "", () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        });
    }

    private Mutation WrongContentType(FuzzTarget target)
    {
        var sample = target.SampleBody()?.ToJsonString() ?? "{}";
        return random.Next(4) switch
        {
            0 => new Mutation("text/plain body", "", () => new StringContent(sample, Encoding.UTF8, "text/plain")),
            1 => new Mutation("xml body", "", () => new StringContent("<a><b>1</b></a>", Encoding.UTF8, "application/xml")),
            2 => new Mutation("form body", "", () => new FormUrlEncodedContent([new("content", "<script>alert(1)</script>"), new("id", "-1")])),
            _ => new Mutation("multipart file", "", () =>
            {
                var form = new MultipartFormDataContent();
                var bytes = Enumerable.Range(0, random.Next(1, 200_000)).Select(_ => (byte)random.Next(256)).ToArray();
                form.Add(new ByteArrayContent(bytes), "file", random.Next(2) == 0 ? "企业.csv" : "../../evil.xlsx");
                return form;
            }),
        };
    }

    private static JsonNode Nest(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private static Mutation Json(string what, JsonNode? body)
    {
        var text = body?.ToJsonString() ?? "null";
        return new Mutation(what, "", () => new StringContent(text, Encoding.UTF8, "application/json"));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    private static string Shorten(string text) => text.Length > 40 ? $"{text[..40]}…({text.Length} chars)" : text;
}
