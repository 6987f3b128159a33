using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Admin.Audit;

public sealed class EntryModel(AppDbContext db) : PageModel
{
    public long Id { get; private set; }
    public AuditEntry? Entry { get; private set; }

    /// <summary>The entries before and after this one in the chain (by <see cref="AuditEntry.Seq"/>), when sealed.</summary>
    public AuditEntry? Previous { get; private set; }
    public AuditEntry? Next { get; private set; }

    /// <summary>True when the stored hash is the hash of the stored content and of the previous entry's hash.</summary>
    public bool HashHolds { get; private set; }

    public AuditReferences References { get; private set; } = AuditReferences.None;

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        Entry = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        // A missing entry is the finding of a verification, so the page explains it instead of a bare 404.
        if (Entry is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        References = await AuditReferences.LoadAsync(db, [Entry], ct);
        if (Entry.Seq is not { } seq) return;
        var around = await db.AuditEntries.AsNoTracking().Where(a => a.Seq == seq - 1 || a.Seq == seq + 1).ToListAsync(ct);
        Previous = around.FirstOrDefault(a => a.Seq == seq - 1);
        Next = around.FirstOrDefault(a => a.Seq == seq + 1);
        var expectedPrevious = seq == 1 ? AuditHash.Genesis : Previous?.Hash;
        HashHolds = AuditHash.Compute(Entry) == Entry.Hash && Entry.PreviousHash == expectedPrevious;
    }
}
