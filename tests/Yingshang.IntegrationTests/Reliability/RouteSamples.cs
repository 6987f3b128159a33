using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// Fills route parameters with ids of real seeded records, chosen by the literal segment before the parameter
/// (<c>/appeals/{id}</c> takes an appeal id); parameters it does not know get a generated value, which at worst
/// answers 404 — authorization is decided before that.
/// </summary>
internal sealed class RouteSamples
{
    private readonly Dictionary<string, string> _bySegment;

    private RouteSamples(Dictionary<string, string> bySegment) => _bySegment = bySegment;

    public static async Task<RouteSamples> LoadAsync(AppFactory app) => new(await app.InDatabaseAsync(async db =>
    {
        var knowledge = await db.KnowledgeEntries.IgnoreQueryFilters().Select(k => (int?)k.Id).MinAsync() ?? 1;
        var samples = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["appeals"] = $"{await db.Appeals.IgnoreQueryFilters().Select(a => (int?)a.Id).MinAsync() ?? 1}",
            ["knowledge"] = $"{knowledge}",
            ["edit"] = $"{knowledge}",
            ["policies"] = $"{await db.Policies.IgnoreQueryFilters().Select(p => (int?)p.Id).MinAsync() ?? 1}",
            ["entry"] = $"{await db.AuditEntries.Select(a => (long?)a.Id).MaxAsync() ?? 1}",
            ["notifications"] = $"{await db.Outbox.Select(m => (int?)m.Id).MinAsync() ?? 1}",
            ["users"] = await db.Users.Where(u => u.UserName == "handler.market").Select(u => u.Id).SingleAsync(),
            ["enterprises"] = await db.Enterprises.IgnoreQueryFilters().OrderBy(e => e.Id).Select(e => e.Uscc).FirstAsync(),
            ["benefits"] = await db.Benefits.IgnoreQueryFilters().OrderBy(b => b.Id).Select(b => b.Code).FirstOrDefaultAsync() ?? "x",
            ["departments"] = "market",
        };
        samples["detail"] = samples["policies"];
        return samples;
    }));

    public string Fill(RoutePattern pattern)
    {
        var parts = new List<string>();
        string? previous = null;
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => ValueFor(parameter, previous),
                _ => "",
            }));
            if (segment.Parts.Count > 0 && segment.Parts[0] is RoutePatternLiteralPart lit) previous = lit.Content;
            if (text.Length > 0) parts.Add(Uri.EscapeDataString(text).Replace("%2F", "/", StringComparison.Ordinal));
        }
        return "/" + string.Join('/', parts);
    }

    private string ValueFor(RoutePatternParameterPart parameter, string? previous)
    {
        var numeric = parameter.ParameterPolicies.Any(p => p.Content is "int" or "long");
        if (parameter.IsOptional && !numeric && parameter.Name != "id") return "";
        if (previous is not null && _bySegment.TryGetValue(previous, out var sample) && (!numeric || long.TryParse(sample, out _)))
            return sample;
        if (numeric) return parameter.Name == "year" ? "2026" : parameter.IsOptional ? "" : "1";
        return parameter.Name switch
        {
            "code" => "market",
            "date" => "2026-10-01",
            "type" => "投诉",
            "urgency" => "一般",
            "documentName" => "v1",
            "path" => "css/site.css",
            "format" => "json",
            _ => "1",
        };
    }
}
