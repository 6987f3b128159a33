using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Platform.Web;

/// <summary>
/// Every <see cref="DateTime"/> in the API is an instant stored as UTC (SQLite hands it back without a kind); it is
/// written in Beijing time with its offset, as the appeals' deadlines are (<c>2026-03-02T09:15:00+08:00</c>), never as a
/// bare local time a client would have to guess the zone of. Read the same way users type instants (<see cref="Instants"/>).
/// </summary>
internal sealed class ChinaInstantConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Instants.TryParse(reader.GetString(), out var instant)
            ? instant.UtcDateTime
            : throw new JsonException(Instants.Expected);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        writer.WriteStringValue(ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
