using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Audit;

public sealed record AuditVerification(bool Valid, long Checked, long? FirstBrokenId, string? Reason);

/// <summary>Walks the chain in id order and reports the first entry whose hash or link does not hold.</summary>
public sealed class AuditChain(AppDbContext db)
{
    private const int Batch = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var previousHash = AuditHash.Genesis;
        long expectedId = 1, checkedCount = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id >= expectedId)
                .OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0) return new AuditVerification(true, checkedCount, null, null);
            foreach (var entry in batch)
            {
                if (entry.Id != expectedId)
                    return new AuditVerification(false, checkedCount, expectedId, $"缺少第 {expectedId} 条记录（记录被删除）");
                if (entry.PreviousHash != previousHash)
                    return new AuditVerification(false, checkedCount, entry.Id, "与上一条记录的哈希链接不一致");
                if (AuditHash.Compute(entry) != entry.Hash)
                    return new AuditVerification(false, checkedCount, entry.Id, "记录内容与其哈希不符（记录被篡改）");
                previousHash = entry.Hash;
                expectedId++;
                checkedCount++;
            }
        }
    }
}
