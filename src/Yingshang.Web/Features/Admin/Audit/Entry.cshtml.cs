using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Admin.Audit;

public sealed class EntryModel(AppDbContext db) : PageModel
{
    public long Id { get; private set; }
    public AuditEntry? Entry { get; private set; }
    public AuditEntry? Previous { get; private set; }

    /// <summary>True when the stored hash is the hash of the stored content and of the previous entry's hash.</summary>
    public bool HashHolds { get; private set; }

    public AuditReferences References { get; private set; } = AuditReferences.None;

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        var pair = await db.AuditEntries.AsNoTracking().Where(a => a.Id == id || a.Id == id - 1).ToListAsync(ct);
        Entry = pair.FirstOrDefault(a => a.Id == id);
        Previous = pair.FirstOrDefault(a => a.Id == id - 1);
        // A missing entry is the finding of a verification, so the page explains it instead of a bare 404.
        if (Entry is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        References = await AuditReferences.LoadAsync(db, [Entry], ct);
        var expectedPrevious = id == 1 ? AuditHash.Genesis : Previous?.Hash;
        HashHolds = AuditHash.Compute(Entry) == Entry.Hash && Entry.PreviousHash == expectedPrevious;
    }
}
