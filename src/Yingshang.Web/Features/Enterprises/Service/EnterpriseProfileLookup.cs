using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises.Service;

/// <summary>The normalised USCC and name of a registered enterprise, null when absent; 422 naming <c>uscc</c> when malformed.</summary>
public sealed class EnterpriseProfileLookup(AppDbContext db)
{
    public sealed record Found(string Uscc, string Name, string? County);

    public async Task<string?> FindAsync(string uscc, CancellationToken ct) => (await FindDetailsAsync(uscc, ct))?.Uscc;

    public async Task<Found?> FindDetailsAsync(string uscc, CancellationToken ct)
    {
        var check = Uscc.Check(uscc);
        if (!check.IsValid) throw new FieldValidationException("uscc", check.Error!);
        var value = check.Value!;
        return await db.Enterprises.AsNoTracking().Where(e => e.Uscc == value)
            .Select(e => new Found(e.Uscc, e.Name, db.Regions.Where(r => r.Id == e.CountyId).Select(r => r.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
    }
}
