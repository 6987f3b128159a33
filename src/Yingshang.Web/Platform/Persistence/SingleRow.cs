using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// Settings kept in one row that exists only once an Admin first saves them. The first save inserts it under a fixed
/// key, so of two first saves at the same moment one fails on the primary key; it is answered as an edit made on what is
/// now an outdated read (409 <c>concurrency</c>, a form error), not a second row that nobody would ever read.
/// </summary>
public static class SingleRow
{
    public const int Id = 1;

    public static async Task SaveAsync(DbContext db, bool inserting, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (inserting && KeyViolation.Is(e))
        {
            throw new DbUpdateConcurrencyException("另一位管理员刚刚首次保存了该设置", e);
        }
    }
}
