using Microsoft.AspNetCore.Mvc;
using Yingshang.Web.Features.Appeals.Open311.Catalogue;
using Yingshang.Web.Features.Appeals.Open311.Documents;
using Yingshang.Web.Features.Appeals.Open311.Keys;
using Yingshang.Web.Features.Appeals.Open311.Requests;
using Yingshang.Web.Features.Appeals.Open311.Submit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Open311;

/// <summary>
/// Open311 GeoReport v2 at <c>/open311/v2/</c> (README.md, "Open311"): outside <c>/api/v1</c> and outside cookie login;
/// every refusal is the spec's error document, in the format the URL asked for.
/// </summary>
public static class Open311Module
{
    public const string Prefix = "/open311/v2";

    public static IServiceCollection AddOpen311(this IServiceCollection services) => services
        .AddScoped<ApiKeyCheck>()
        .AddScoped<Jurisdictions>()
        .AddScoped<SubmitServiceRequestHandler>()
        .AddScoped<ServiceRequestReader>()
        .AddScoped<ISeeder, DemoApiKeySeeder>();

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup(Prefix).AllowAnonymous().ExcludeFromDescription().WithMetadata(new GeoReportRateLimitRejection())
            .AddEndpointFilter(RefuseNulCharactersAsync);
        v2.MapGet("/discovery.{format}", (string format, HttpRequest request, IConfiguration configuration) =>
            Run(format, _ => Task.FromResult<object>(Open311Discovery.Document(request, configuration)), "discovery"))
            .RequireRateLimiting(RateLimits.Public);
        v2.MapGet("/services.{format}", (string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, Jurisdictions jurisdictions, CancellationToken ct) =>
            Run(format, async _ =>
            {
                await jurisdictions.FindAsync(jurisdiction, ct);
                return new GeoList("service", [.. Open311Catalogue.Services.Select(s => s.ToGeo())]);
            }, "services")).RequireRateLimiting(RateLimits.Public);
        v2.MapGet("/services/{code}.{format}", (string code, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, Jurisdictions jurisdictions, CancellationToken ct) =>
            Run(format, async _ =>
            {
                await jurisdictions.FindAsync(jurisdiction, ct);
                var service = Open311Catalogue.Require(code);
                return new GeoObject(new("service_code", service.Code), new("attributes", new GeoList("attribute", [])));
            }, "service_definition")).RequireRateLimiting(RateLimits.Public);
        v2.MapGet("/requests.{format}", (string format, HttpRequest request, Jurisdictions jurisdictions, ServiceRequestReader reader,
                TimeProvider clock, CancellationToken ct) =>
            Run(format, async _ =>
            {
                var jurisdiction = await jurisdictions.FindAsync(request.Query["jurisdiction_id"], ct);
                var query = RequestQuery.Parse(request.Query, clock.GetUtcNow());
                var (list, olderFrom) = await reader.ListAsync(query, jurisdiction, ct);
                if (olderFrom is { } oldest && query.Ids.Count == 0) MoreHeaders(request, query.Start, oldest);
                return list;
            }, "service_requests")).RequireRateLimiting(RateLimits.Public);
        v2.MapGet("/requests/{id}.{format}", (string id, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdiction, Jurisdictions jurisdictions,
                ServiceRequestReader reader, CancellationToken ct) =>
            Run(format, async _ => await reader.GetAsync(id, await jurisdictions.FindAsync(jurisdiction, ct), ct), "service_requests"))
            .RequireRateLimiting(RateLimits.Public);
        // POST is not limited per address: a partner's server submits for all its users from one address, and needs a key anyway.
        v2.MapPost("/requests.{format}", (string format, HttpRequest request, SubmitServiceRequestHandler handler, CancellationToken ct) =>
            Run(format, async _ => new GeoList("request", [await handler.HandleAsync(await ServiceRequestForm.ReadAsync(request, ct), ct)]),
                "service_requests"));
        // Anything else under /open311 is the spec's 404, never the login page the site's error pages would lead to.
        app.MapFallback("/open311/{**path}", (HttpRequest request) => GeoReportException.Errors(StatusCodes.Status404NotFound,
                GeoFormats.TryParse(Path.GetExtension(request.Path.Value)?.TrimStart('.'), out var f) ? f : GeoFormat.Xml,
                $"不存在 {request.Method} {request.Path}，GeoReport v2 的地址见 {Prefix}/discovery.xml"))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// GeoReport v2 has no paging and caps a list at 1000: when more matched, the answer says so in headers (the body
    /// stays as the spec has it) and links the next call: the same query and window start, end_date at the oldest
    /// request returned.
    /// </summary>
    private static void MoreHeaders(HttpRequest request, DateTimeOffset start, DateTime oldest)
    {
        static string W3c(DateTimeOffset t) =>
            Platform.Time.ChinaTime.ToLocal(t.UtcDateTime).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture);
        var query = request.Query.Where(q => q.Key is not ("end_date" or "start_date"))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? "")))
            .Append(KeyValuePair.Create("start_date", W3c(start))).Append(KeyValuePair.Create("end_date", W3c(new DateTimeOffset(oldest, TimeSpan.Zero))));
        var next = request.PathBase + request.Path + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query).ToString();
        request.HttpContext.Response.Headers["X-Open311-Truncated"] = "true";
        request.HttpContext.Response.Headers.Link = $"<{next}>; rel=\"next\"";
    }

    /// <summary>The platform's NUL rule (Platform/Web/NulCharacters), answered in GeoReport's error format.</summary>
    private static async ValueTask<object?> RefuseNulCharactersAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var field = NulCharacters.Find(request.Query);
        if (field is null && request.HasFormContentType)
        {
            try
            {
                field = NulCharacters.Find(await request.ReadFormAsync(context.HttpContext.RequestAborted));
            }
            catch (InvalidDataException)
            {
                // ServiceRequestForm answers an unreadable form itself.
            }
        }
        if (field is null) return await next(context);
        var format = GeoFormats.TryParse(request.RouteValues["format"] as string, out var f) ? f : GeoFormat.Xml;
        return GeoReportException.Errors(StatusCodes.Status400BadRequest, format, $"{field}：{NulCharacters.Message}");
    }

    private static async Task<IResult> Run(string format, Func<GeoFormat, Task<object>> work, string root)
    {
        // XML is the spec's required format, so a URL with another extension is answered in XML.
        if (!GeoFormats.TryParse(format, out var geo))
            return GeoReportException.Errors(StatusCodes.Status404NotFound, GeoFormat.Xml, $"不支持的格式“{format}”，请使用 .xml 或 .json");
        try
        {
            return new GeoReportResult(StatusCodes.Status200OK, geo, root, await work(geo));
        }
        catch (GeoReportException e)
        {
            return e.ToResult(geo);
        }
        catch (BadHttpRequestException e)
        {
            return GeoReportException.Errors(StatusCodes.Status400BadRequest, geo, $"请求格式错误：{e.Message}");
        }
    }
}
