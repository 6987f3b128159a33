using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation.Regions;

public sealed record RegionDto(string Code, string Name, string Level, string? ParentCode);

internal static class RegionEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/regions", async (AppDbContext db, CancellationToken ct) => TypedResults.Ok(await db.Regions.AsNoTracking()
                .OrderBy(r => r.Level).ThenBy(r => r.Id)
                .Select(r => new RegionDto(r.Code, r.Name, r.Level.ToString(),
                    db.Regions.Where(p => p.Id == r.ParentId).Select(p => p.Code).FirstOrDefault()))
                .ToListAsync(ct)))
            .WithTags("组织机构").AllowAnonymous().WithSummary("州与县市");
}
