using Yingshang.Web.Features.Appeals.Open311.Catalogue;
using Yingshang.Web.Features.Appeals.Open311.Documents;

namespace Yingshang.Web.Features.Appeals.Open311;

/// <summary>The Service Discovery document (wiki.open311.org/Service_Discovery); contact texts from configuration <c>Open311:*</c>.</summary>
public static class Open311Discovery
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static GeoObject Document(HttpRequest request, IConfiguration configuration)
    {
        var url = configuration["Open311:Url"] is { Length: > 0 } configured
            ? configured
            : $"{request.Scheme}://{request.Host}{request.PathBase}{Open311Module.Prefix}";
        return new GeoObject(
            new("changeset", Open311Catalogue.Changeset),
            new("contact", configuration["Open311:Contact"] ?? "示范州 12345 政务服务便民热线（拨打 12345），或联系州政务服务管理局信息科"),
            new("key_service", configuration["Open311:KeyService"] ?? "api_key 由系统管理员发放：请携单位介绍信联系州政务服务管理局（POST /api/v1/appeals/open311/keys）"),
            new("endpoints", new GeoList("endpoint", [new GeoObject(
                new("specification", Specification), new("url", url), new("changeset", Open311Catalogue.Changeset),
                new("type", "production"),
                new("formats", new GeoList("format", [GeoFormat.Xml.ContentType().Split(';')[0], GeoFormat.Json.ContentType().Split(';')[0]])))])));
    }
}
