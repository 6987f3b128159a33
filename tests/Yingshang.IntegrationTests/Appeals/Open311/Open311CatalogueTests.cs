using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Appeals.Open311.GeoReportClient;

namespace Yingshang.IntegrationTests.Appeals.Open311;

public abstract class Open311CatalogueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Discovery_names_the_GeoReport_v2_production_endpoint_and_both_formats()
    {
        using var client = app.CreateClient();
        var json = await JsonAsync(await client.GetAsync("/open311/v2/discovery.json"));
        foreach (var field in new[] { "changeset", "contact", "key_service" })
            json.GetProperty(field).GetString().ShouldNotBeNullOrWhiteSpace();
        var endpoint = json.GetProperty("endpoints")[0];
        endpoint.GetProperty("specification").GetString().ShouldBe("http://wiki.open311.org/GeoReport_v2");
        endpoint.GetProperty("url").GetString()!.ShouldEndWith("/open311/v2");
        endpoint.GetProperty("type").GetString().ShouldBe("production");
        endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ShouldBe(["text/xml", "application/json"]);

        var xml = await XmlAsync(await client.GetAsync("/open311/v2/discovery.xml"));
        xml.Name.LocalName.ShouldBe("discovery");
        var e = xml.Element("endpoints")!.Element("endpoint")!;
        e.Element("specification")!.Value.ShouldBe("http://wiki.open311.org/GeoReport_v2");
        e.Element("changeset")!.Value.ShouldBe(json.GetProperty("changeset").GetString());
        e.Element("formats")!.Elements("format").Select(f => f.Value).ShouldBe(["text/xml", "application/json"]);
    }

    [Fact]
    public async Task Services_list_each_category_with_the_spec_fields_in_json_and_xml()
    {
        using var client = app.CreateClient();
        var json = await JsonAsync(await client.GetAsync("/open311/v2/services.json"));
        json.ValueKind.ShouldBe(JsonValueKind.Array);
        var market = json.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "market");
        market.EnumerateObject().Select(p => p.Name)
            .ShouldBe(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"]);
        market.GetProperty("service_name").GetString().ShouldBe("市场监管");
        market.GetProperty("metadata").ValueKind.ShouldBe(JsonValueKind.False);
        market.GetProperty("type").GetString().ShouldBe("realtime");
        market.GetProperty("keywords").GetString()!.ShouldContain("食品安全");
        json.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()).ShouldBeUnique();

        var xml = await XmlAsync(await client.GetAsync("/open311/v2/services.xml"));
        xml.Name.LocalName.ShouldBe("services");
        xml.Elements("service").Count().ShouldBe(json.GetArrayLength());
        var first = xml.Elements("service").Single(s => s.Element("service_code")!.Value == "market");
        first.Element("service_name")!.Value.ShouldBe("市场监管");
        first.Element("metadata")!.Value.ShouldBe("false");
        first.Element("group")!.Value.ShouldBe("市场与消费");
    }

    [Fact]
    public async Task A_service_definition_has_its_code_and_no_attributes()
    {
        using var client = app.CreateClient();
        var json = await JsonAsync(await client.GetAsync("/open311/v2/services/water-supply.json"));
        json.GetProperty("service_code").GetString().ShouldBe("water-supply");
        json.GetProperty("attributes").GetArrayLength().ShouldBe(0);
        var xml = await XmlAsync(await client.GetAsync("/open311/v2/services/water-supply.xml"));
        xml.Name.LocalName.ShouldBe("service_definition");
        xml.Element("service_code")!.Value.ShouldBe("water-supply");
        xml.Element("attributes")!.HasElements.ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_service_code_is_a_404_in_the_spec_error_format()
    {
        using var client = app.CreateClient();
        (await JsonErrorAsync(await client.GetAsync("/open311/v2/services/potholes.json"), HttpStatusCode.NotFound)).ShouldContain("potholes");
        (await XmlErrorAsync(await client.GetAsync("/open311/v2/services/potholes.xml"), HttpStatusCode.NotFound)).ShouldContain("potholes");
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_a_404_and_a_county_is_accepted()
    {
        using var client = app.CreateClient();
        await JsonErrorAsync(await client.GetAsync("/open311/v2/services.json?jurisdiction_id=nowhere.gov"), HttpStatusCode.NotFound);
        await JsonAsync(await client.GetAsync("/open311/v2/services.json?jurisdiction_id=DCX"));
        await JsonAsync(await client.GetAsync("/open311/v2/services.json?jurisdiction_id=示范州"));
    }

    [Fact]
    public async Task A_format_other_than_xml_or_json_is_refused_in_xml_without_a_login_redirect()
    {
        using var client = app.CreateClient();
        await XmlErrorAsync(await client.GetAsync("/open311/v2/services.html"), HttpStatusCode.NotFound);
        await XmlErrorAsync(await client.GetAsync("/open311/v2/"), HttpStatusCode.NotFound);
        await JsonErrorAsync(await client.GetAsync("/open311/v2/tokens/123.json"), HttpStatusCode.NotFound);
        await JsonErrorAsync(await client.DeleteAsync("/open311/v2/services.json"), HttpStatusCode.NotFound);
    }
}

public sealed class Open311CatalogueTests_Sqlite(SqliteAppFactory app) : Open311CatalogueTests<SqliteAppFactory>(app);
public sealed class Open311CatalogueTests_Postgres(PostgresAppFactory app) : Open311CatalogueTests<PostgresAppFactory>(app);
