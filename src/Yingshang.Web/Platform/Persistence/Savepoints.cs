using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Persistence;

public static class Savepoints
{
    /// <summary>
    /// Turns EF's automatic savepoint around each SaveChanges off while the caller's own transaction runs: the caller
    /// abandons the whole transaction on any failure, so the savepoint's two extra round trips buy nothing.
    /// </summary>
    public static IDisposable Suspended(AppDbContext db)
    {
        var before = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        return new Restore(db, before);
    }

    private sealed class Restore(AppDbContext db, bool value) : IDisposable
    {
        public void Dispose() => db.Database.AutoSavepointsEnabled = value;
    }
}
