using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// Chains the committed, unsealed entries: each gets the next <see cref="AuditEntry.Seq"/> and the hash of the one before.
/// One sealer at a time across instances (a PostgreSQL advisory lock; SQLite's writer lock plus one in this process),
/// and it only ever sees committed entries, so an entry that commits late is simply chained in a later round —
/// the chain's order is the order of sealing, and it has no gaps.
/// </summary>
public sealed class AuditSealer(AppDbContext db) : IPeriodicJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int Batch = 1000;
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public Task RunOnceAsync(CancellationToken ct) => SealPendingAsync(ct);

    /// <summary>Seals everything committed so far; returns how many entries it chained.</summary>
    public async Task<int> SealPendingAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var sealedNow = await SealBatchAsync(ct);
            total += sealedNow;
            if (sealedNow < Batch) return total;
        }
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        await InProcess.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            using var noSavepoints = Savepoints.Suspended(db);
            await AuditLock.AcquireAsync(db, ct);
            var postgres = db.Database.IsNpgsql();
            var unsealed = db.AuditEntries.Where(a => a.Seq == null).OrderBy(a => a.Id).Take(Batch);
            var pending = await (postgres ? unsealed.AsNoTracking() : unsealed).ToListAsync(ct);
            if (pending.Count == 0) return 0;
            var last = await db.AuditEntries.AsNoTracking().Where(a => a.Seq != null).OrderByDescending(a => a.Seq)
                .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
            var (seq, previous) = (last?.Seq ?? 0, last?.Hash ?? AuditHash.Genesis);
            foreach (var entry in pending)
            {
                entry.Seal(++seq, previous);
                previous = entry.Hash;
            }
            if (postgres) await WriteSealsAsync(pending, ct);
            else await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return pending.Count;
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>
    /// One statement for the whole round instead of one UPDATE per entry: the sealer runs every second beside the
    /// intake, and a round of a busy second is hundreds of entries.
    /// </summary>
    private async Task WriteSealsAsync(List<AuditEntry> entries, CancellationToken ct)
    {
        var written = await db.Database.ExecuteSqlRawAsync("""
            UPDATE platform_audit_log AS a SET "Seq" = v.seq, "PreviousHash" = v.previous, "Hash" = v.hash
            FROM unnest({0}, {1}, {2}, {3}) AS v(id, seq, previous, hash)
            WHERE a."Id" = v.id AND a."Seq" IS NULL
            """,
            [entries.Select(e => e.Id).ToArray(), entries.Select(e => e.Seq!.Value).ToArray(),
             entries.Select(e => e.PreviousHash).ToArray(), entries.Select(e => e.Hash).ToArray()], ct);
        // Under the lock nobody else seals; fewer rows means the chain would get a gap, so the round is rolled back.
        if (written != entries.Count)
            throw new InvalidOperationException($"Sealed {written} of {entries.Count} audit entries; the round is rolled back.");
    }
}
