using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Yingshang.Web.Features.Appeals.Open311.Documents;

/// <summary>
/// Writes a GeoReport document as the spec's schemaless XML (UTF-8 with the declaration) or as its Spark-convention JSON:
/// the root of a <see cref="GeoList"/> becomes a JSON array, the root of a <see cref="GeoObject"/> a JSON object.
/// </summary>
public sealed class GeoReportResult(int status, GeoFormat format, string root, object body) : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Status => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = format == GeoFormat.Json ? Json(body) : Xml(root, body);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = format.ContentType();
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    private static byte[] Xml(string root, object body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8, Indent = true }))
        {
            xml.WriteStartDocument();
            WriteXml(xml, root, body);
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteXml(XmlWriter xml, string name, object? value)
    {
        xml.WriteStartElement(name);
        switch (value)
        {
            case null: break;
            case GeoObject o:
                foreach (var f in o.Fields) WriteXml(xml, f.Name, f.Value);
                break;
            case GeoList l:
                foreach (var item in l.Items) WriteXml(xml, l.ItemName, item);
                break;
            default:
                xml.WriteString(Scalar(value));
                break;
        }
        xml.WriteEndElement();
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        // XML 1.0 cannot carry control characters a client may have typed; they are dropped rather than failing the answer.
        _ => new string([.. value.ToString()!.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]),
    };

    private static byte[] Json(object body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJson(json, body);
        return stream.ToArray();
    }

    private static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case double d: json.WriteNumberValue(d); break;
            case string s: json.WriteStringValue(s); break;
            case GeoObject o:
                json.WriteStartObject();
                foreach (var f in o.Fields)
                {
                    json.WritePropertyName(f.Name);
                    WriteJson(json, f.Value);
                }
                json.WriteEndObject();
                break;
            case GeoList l:
                json.WriteStartArray();
                foreach (var item in l.Items) WriteJson(json, item);
                json.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"No GeoReport encoding for {value.GetType().Name}.");
        }
    }
}
