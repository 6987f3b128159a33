using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yingshang.Web.Platform.Web;

internal static class Json
{
    /// <summary>
    /// camelCase, enums as strings, instants in Beijing time with their offset, no NUL in any string read, Chinese text unescaped so responses stay
    /// readable (JSON is never inlined into HTML here).
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new ChinaInstantConverter());
        options.Converters.Add(new NulCharacters.JsonGuard());
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }
}
