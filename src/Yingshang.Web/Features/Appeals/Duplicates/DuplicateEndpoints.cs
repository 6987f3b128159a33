namespace Yingshang.Web.Features.Appeals.Duplicates;

internal static class DuplicateEndpoints
{
    public const int Max = 10;

    public static void Map(RouteGroupBuilder appeals) =>
        appeals.MapGet("/duplicates", async (string? phone, string? county, string? content, int? exclude, DuplicateFinder finder, CancellationToken ct) =>
                TypedResults.Ok(await finder.FindAsync(new DuplicateQuery(phone, county, Suggest.SuggestEndpoints.Limit(content), exclude), Max, ct)))
            .RequireAuthorization(p => p.RequireRole(AppealsModule.IntakeRoles))
            .WithSummary("疑似重复的在办诉求：30 日内同一来电号码，或 7 日内同县市且内容相似（phone、county、content，exclude 为排除的诉求 id）");
}
