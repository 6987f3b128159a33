using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Yingshang.Web.Platform.Web;

/// <summary>
/// Input with a NUL character (U+0000) is refused before it reaches the database, on every way in: the query string,
/// form fields and JSON strings. PostgreSQL cannot store or even compare such text (22021), and a query that failed on
/// it could leave its pooled connection unusable for the next, unrelated request; SQLite would store it silently. One
/// rule answers both databases the same: 400 naming the field (a page shows its error page).
/// </summary>
public static class NulCharacters
{
    public const string Message = "不能包含空字符（U+0000），请删除后重试";

    public static bool In(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>The first query parameter (or form field) with a NUL in its name or value, or null.</summary>
    public static string? Find(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values)
    {
        foreach (var (name, value) in values)
        {
            if (In(name)) return "";
            foreach (var v in value)
                if (In(v)) return name;
        }
        return null;
    }

    /// <summary>Query strings everywhere and url-encoded form fields of pages and the API; Open311 checks its own (GeoReport's errors).</summary>
    public static IApplicationBuilder UseNulRejection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        // The error page re-executed for a refusal still carries its query string.
        if (request.Path.StartsWithSegments("/open311") || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(http);
            return;
        }
        var field = In(request.Path.Value) ? "" : Find(request.Query);
        // Only url-encoded forms: a multipart upload is read by its endpoint, with its own size limits, exactly once.
        if (field is null && !HttpMethods.IsGet(request.Method)
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                field = Find(await request.ReadFormAsync(http.RequestAborted));
            }
            catch (InvalidDataException)
            {
                // A form the reader refuses is the endpoint's to answer (its own 400), not this guard's.
            }
        }
        if (field is null)
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!request.Path.StartsWithSegments("/api")) return; // the error page (status code pages) says it in Chinese
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [Camel(field)] = [Message] })
        {
            Status = StatusCodes.Status400BadRequest, Title = "请求数据无效", Detail = $"{(field.Length == 0 ? "请求地址" : Camel(field))}：{Message}",
        };
        problem.Extensions["code"] = "invalid-data";
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    });

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Every string of a JSON body: a NUL fails the body's binding (400 naming the field, ErrorHandling).</summary>
    public sealed class JsonGuard : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return In(value) ? throw new JsonException(Message) : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var name = reader.GetString()!;
            return In(name) ? throw new JsonException(Message) : name;
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
    }
}
