using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Audit;

internal static class AuditLock
{
    // The key is arbitrary but fixed: every instance must use the same one.
    private const string Sql = "SELECT pg_advisory_xact_lock(591800001)";

    /// <summary>Serialises sealers across instances. SQLite needs nothing: its write transaction is already exclusive.</summary>
    public static Task AcquireAsync(AppDbContext db, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync(Sql, ct)
            : Task.CompletedTask;
}
