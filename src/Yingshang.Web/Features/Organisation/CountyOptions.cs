using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation;

/// <summary>The regions for a 县市 select list: the prefecture first, then its counties in the order they were set up.</summary>
public static class CountyOptions
{
    public static async Task<IReadOnlyList<(string Code, string Name)>> LoadAsync(AppDbContext db, CancellationToken ct) =>
        [.. (await db.Regions.AsNoTracking().OrderBy(r => r.Level).ThenBy(r => r.Id).Select(r => new { r.Code, r.Name }).ToListAsync(ct))
            .Select(r => (r.Code, r.Name))];
}
