using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>An API endpoint as the app's own ApiExplorer describes it: method, route, query parameters and body type.</summary>
internal sealed record FuzzTarget(string Method, RoutePattern Route, IReadOnlyList<(string Name, Type Type)> Query, Type? Body)
{
    public string Name => $"{Method} /{Route.RawText}";

    public static IReadOnlyList<FuzzTarget> All(AppFactory app) => app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>()
        .ApiDescriptionGroups.Items.SelectMany(g => g.Items)
        .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true && d.HttpMethod is not null)
        .Select(d => new FuzzTarget(d.HttpMethod!, RoutePatternFactory.Parse(d.RelativePath!),
            d.ParameterDescriptions.Where(p => p.Source == BindingSource.Query || p.Source == BindingSource.ModelBinding)
                .Select(p => (p.Name, p.Type ?? typeof(string))).ToList(),
            d.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type))
        .Where(t => t.Body is not null || t.Query.Count > 0 || t.Method is "POST" or "PUT")
        .DistinctBy(t => t.Name).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>A well-formed body of <see cref="Body"/>'s shape (camelCase members, plausible values): what the mutations start from.</summary>
    public JsonNode? SampleBody() => Body is null ? new JsonObject() : Sample(Body, 0);

    private static JsonNode? Sample(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "示例";
        if (type == typeof(bool)) return true;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal) || type == typeof(double)) return 1;
        if (type == typeof(DateOnly)) return "2026-11-27";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "2026-11-27T09:00:00+08:00";
        if (type == typeof(TimeOnly)) return "09:00";
        if (type == typeof(Guid)) return Guid.Empty.ToString();
        if (type == typeof(JsonElement)) return 1;
        if (type.IsEnum) return Enum.GetNames(type).FirstOrDefault() ?? "";
        if (depth > 3) return null;
        if (type.IsArray) return new JsonArray(Sample(type.GetElementType()!, depth + 1));
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var args = type.GetGenericArguments();
            return args.Length == 2 ? new JsonObject { ["key"] = Sample(args[1], depth + 1) } : new JsonArray(Sample(args[0], depth + 1));
        }
        var json = new JsonObject();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
            json[JsonNamingPolicy.CamelCase.ConvertName(p.Name)] = Sample(p.PropertyType, depth + 1);
        return json;
    }
}
