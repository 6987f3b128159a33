namespace Yingshang.Web.Features.Appeals.Open311.Documents;

/// <summary>The two wire formats of GeoReport v2: XML (required by the spec) and JSON.</summary>
public enum GeoFormat { Xml, Json }

/// <summary>One named element; its value is a string, bool, int, double, null, a <see cref="GeoObject"/> or a <see cref="GeoList"/>.</summary>
public sealed record GeoField(string Name, object? Value);

/// <summary>An element with child elements in a fixed order; a JSON object.</summary>
public sealed class GeoObject(params GeoField[] fields)
{
    public IReadOnlyList<GeoField> Fields { get; } = fields;

    public object? this[string name] => Fields.First(f => f.Name == name).Value;
}

/// <summary>
/// A wrapper element whose children all share one name (<c>&lt;services&gt;&lt;service&gt;…</c>); by the spec's Spark convention
/// a JSON array of the children (objects or strings).
/// </summary>
public sealed record GeoList(string ItemName, IReadOnlyList<object> Items);

public static class GeoFormats
{
    public static bool TryParse(string? extension, out GeoFormat format)
    {
        format = extension?.ToLowerInvariant() switch { "json" => GeoFormat.Json, _ => GeoFormat.Xml };
        return extension?.ToLowerInvariant() is "json" or "xml";
    }

    public static string ContentType(this GeoFormat format) =>
        format == GeoFormat.Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
}
