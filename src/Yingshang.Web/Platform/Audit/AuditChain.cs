using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Audit;

public sealed record AuditVerification(bool Valid, long Checked, long? FirstBrokenId, string? Reason);

/// <summary>Seals what is pending, then walks the chain in order and reports the first entry whose hash or link does not hold.</summary>
public sealed class AuditChain(AppDbContext db, AuditSealer sealer)
{
    private const int Batch = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await sealer.SealPendingAsync(ct);
        var previousHash = AuditHash.Genesis;
        long expected = 1, checkedCount = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Seq >= expected)
                .OrderBy(a => a.Seq).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0) return new AuditVerification(true, checkedCount, null, null);
            foreach (var entry in batch)
            {
                if (entry.Seq != expected)
                    return new AuditVerification(false, checkedCount, entry.Id, $"链上第 {expected} 条记录缺失（记录被删除），缺口在审计记录 {entry.Id} 之前");
                if (entry.PreviousHash != previousHash)
                    return new AuditVerification(false, checkedCount, entry.Id, "与上一条记录的哈希链接不一致");
                if (AuditHash.Compute(entry) != entry.Hash)
                    return new AuditVerification(false, checkedCount, entry.Id, "记录内容与其哈希不符（记录被篡改）");
                previousHash = entry.Hash;
                expected++;
                checkedCount++;
            }
        }
    }
}
