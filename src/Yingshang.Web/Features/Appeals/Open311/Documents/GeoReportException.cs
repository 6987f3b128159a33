namespace Yingshang.Web.Features.Appeals.Open311.Documents;

/// <summary>
/// A request GeoReport v2 refuses: 404 for what does not exist, 403 for a missing or wrong api_key, 400 for the rest
/// (spec, "Errors"). Answered as <c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;…</c> or <c>[{"code","description"}]</c>,
/// one error per problem found, so a client learns every mistake of a request at once.
/// </summary>
public sealed class GeoReportException(int status, IReadOnlyList<string> descriptions) : Exception(string.Join("；", descriptions))
{
    public int Status { get; } = status;

    public IReadOnlyList<string> Descriptions { get; } = descriptions;

    public static GeoReportException BadRequest(params IReadOnlyList<string> descriptions) => new(StatusCodes.Status400BadRequest, descriptions);
    public static GeoReportException NotFound(string description) => new(StatusCodes.Status404NotFound, [description]);
    public static GeoReportException Forbidden(string description) => new(StatusCodes.Status403Forbidden, [description]);

    public GeoReportResult ToResult(GeoFormat format) => Errors(Status, format, Descriptions);

    public static GeoReportResult Errors(int status, GeoFormat format, params IReadOnlyList<string> descriptions) =>
        new(status, format, "errors", new GeoList("error", [.. descriptions.Select(d => new GeoObject(new("code", status), new("description", d)))]));
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
