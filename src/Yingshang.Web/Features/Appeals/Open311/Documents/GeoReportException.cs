namespace Yingshang.Web.Features.Appeals.Open311.Documents;

/// <summary>
/// A request GeoReport v2 refuses: 404 for what does not exist, 403 for a missing or wrong api_key, 400 for the rest
/// (spec, "Errors"). Answered as <c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;…</c> or <c>[{"code","description"}]</c>.
/// </summary>
public sealed class GeoReportException(int status, string description) : Exception(description)
{
    public int Status { get; } = status;

    public static GeoReportException BadRequest(string description) => new(StatusCodes.Status400BadRequest, description);
    public static GeoReportException NotFound(string description) => new(StatusCodes.Status404NotFound, description);
    public static GeoReportException Forbidden(string description) => new(StatusCodes.Status403Forbidden, description);

    public GeoReportResult ToResult(GeoFormat format) => Errors(Status, format, Message);

    public static GeoReportResult Errors(int status, GeoFormat format, string description) =>
        new(status, format, "errors", new GeoList("error", [new GeoObject(new("code", status), new("description", description))]));
}

/// <summary>Answers a rate-limited GeoReport call (429) with the spec's error document instead of ProblemDetails.</summary>
internal sealed class GeoReportRateLimitRejection : Platform.Web.IRateLimitRejection
{
    public Task WriteAsync(HttpContext http, string message)
    {
        var extension = Path.GetExtension(http.Request.Path.Value ?? "").TrimStart('.');
        var format = GeoFormats.TryParse(extension, out var f) ? f : GeoFormat.Xml;
        return GeoReportException.Errors(StatusCodes.Status429TooManyRequests, format, message).ExecuteAsync(http);
    }
}
