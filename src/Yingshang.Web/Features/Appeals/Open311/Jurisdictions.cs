using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Open311.Documents;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Open311;

/// <summary>A region a GeoReport call names by <c>jurisdiction_id</c>: the prefecture or one of its counties (code or name).</summary>
public sealed record Jurisdiction(int Id, string Code, string Name, RegionLevel Level);

/// <summary>Resolves <c>jurisdiction_id</c> and the county an appeal is filed under (README.md, "Open311").</summary>
public sealed class Jurisdictions(AppDbContext db)
{
    /// <summary>Null when none was given (the endpoint serves the whole prefecture); 404 in the spec's format when unknown.</summary>
    public async Task<Jurisdiction?> FindAsync(string? jurisdictionId, CancellationToken ct)
    {
        var text = jurisdictionId?.Trim() ?? "";
        if (text.Length == 0) return null;
        var code = text.ToUpperInvariant();
        return await db.Regions.AsNoTracking().Where(r => r.Code == code || r.Name == text)
                   .Select(r => new Jurisdiction(r.Id, r.Code, r.Name, r.Level)).FirstOrDefaultAsync(ct)
               ?? throw GeoReportException.NotFound($"jurisdiction_id “{text}” 不存在（可用州或县市的编码或名称）");
    }

    /// <summary>
    /// The region code an appeal is filed under: the county named by jurisdiction_id, else the county whose name the address
    /// contains, else the prefecture itself (州本级), from where the centre dispatches it.
    /// </summary>
    public async Task<string> CountyForAsync(Jurisdiction? jurisdiction, string? address, CancellationToken ct)
    {
        if (jurisdiction is { Level: RegionLevel.County }) return jurisdiction.Code;
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Name, r.Level }).ToListAsync(ct);
        if (!string.IsNullOrEmpty(address)
            && regions.Where(r => r.Level == RegionLevel.County && address.Contains(r.Name, StringComparison.Ordinal))
                .OrderByDescending(r => r.Name.Length).FirstOrDefault() is { } named)
            return named.Code;
        return jurisdiction?.Code ?? regions.FirstOrDefault(r => r.Level == RegionLevel.Prefecture)?.Code
            ?? throw GeoReportException.BadRequest("系统尚未配置州和县市，暂不能受理服务请求");
    }
}
