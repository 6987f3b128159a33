using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Platform.Audit;

/// <summary>One field of an audit entry: its value before and after (null when absent or empty).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>Reads the JSON summaries of an <see cref="AuditEntry"/> as the list of fields that changed.</summary>
public static partial class AuditChanges
{
    public static IReadOnlyList<AuditChange> Read(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        // Explicit records (an export, a reveal) carry free text instead of a field summary.
        if ((before is not null && old is null) || (after is not null && now is null))
            return [new AuditChange("", before, after)];

        var fields = (old?.Keys ?? Enumerable.Empty<string>()).Union(now?.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            var b = old?.GetValueOrDefault(field);
            var a = now?.GetValueOrDefault(field);
            if (b == a) continue;
            changes.Add(new AuditChange(field, b, a));
        }
        return changes;
    }

    private static Dictionary<string, string?>? Parse(string? json)
    {
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Format(p.Value), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Format(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.String => Instant(value.GetString()!),
        _ => value.GetRawText(),
    };

    /// <summary>Instants are stored in UTC (with or without a zone suffix); people read them in China time.</summary>
    private static string Instant(string text)
    {
        if (!IsoInstant().IsMatch(text)) return text;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return text;
        return ChinaTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoInstant();
}
