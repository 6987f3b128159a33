using System.Text.Json;
using System.Text.RegularExpressions;

namespace Yingshang.Web.Platform.Errors;

/// <summary>
/// Says in Chinese, and by field where it can, why ASP.NET Core could not bind a request: its own messages are English
/// and name C# types (“Failed to bind parameter "Nullable&lt;DateOnly&gt; asOf"…”).
/// </summary>
internal static partial class BadRequestText
{
    public static (string? Field, string Detail) Of(BadHttpRequestException e)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge) return (null, "请求内容超过允许的大小。");
        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType) return (null, "请求体须为 JSON（Content-Type: application/json）。");
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is not JsonException json) continue;
            var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            var reason = json.Message.Any(c => c > 0x2E80) ? json.Message : "值的格式或类型不正确";
            return (field, field is null ? $"请求体不是有效的 JSON：{reason}" : $"{field}：{reason}");
        }
        if (Bind().Match(e.Message) is { Success: true } bind)
            return (bind.Groups["name"].Value, $"{bind.Groups["name"].Value}：“{bind.Groups["value"].Value}”不是有效的值");
        if (Required().Match(e.Message) is { Success: true } required)
            return (required.Groups["name"].Value, $"{required.Groups["name"].Value}：缺少必填参数");
        if (e.Message.Contains("body", StringComparison.OrdinalIgnoreCase)) return (null, "缺少请求体，或请求体不是有效的 JSON。");
        return (null, "请求格式错误，请检查地址中的参数和请求体。");
    }

    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex Bind();

    [GeneratedRegex("""^Required parameter "[^"]* (?<name>[^" ]+)" was not provided""")]
    private static partial Regex Required();
}
