using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Knowledge.Search;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Knowledge.Edit;

/// <summary>
/// The body of <c>POST</c> and <c>PUT /api/v1/knowledge</c>: department is a department code; <see cref="Version"/>, when
/// sent with a change, refuses it if someone else changed the entry meanwhile.
/// </summary>
public sealed record SaveKnowledgeEntry(string? Question, string? Answer, string? Department, IReadOnlyList<string>? Tags,
    DateOnly? ValidUntil, bool Published = true, int? Version = null);

public sealed class EditKnowledge(AppDbContext db, KnowledgeIndexSync sync, TimeProvider clock)
{
    public async Task<KnowledgeEntry> CreateAsync(SaveKnowledgeEntry request, CancellationToken ct)
    {
        var entry = KnowledgeEntry.Create(await ContentAsync(request, ct), ChinaTime.Today(clock));
        db.KnowledgeEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        sync.Changed(entry);
        return entry;
    }

    public async Task<KnowledgeEntry?> UpdateAsync(int id, SaveKnowledgeEntry request, CancellationToken ct)
    {
        var entry = await db.KnowledgeEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return null;
        if (request.Version is { } version) entry.Version = version;
        entry.Change(await ContentAsync(request, ct), ChinaTime.Today(clock));
        await db.SaveChangesAsync(ct);
        sync.Changed(entry);
        return entry;
    }

    public async Task<bool> DeleteAsync(int id, int? version, CancellationToken ct)
    {
        var entry = await db.KnowledgeEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return false;
        if (version is { } v) db.Entry(entry).Property(e => e.Version).OriginalValue = v;
        db.KnowledgeEntries.Remove(entry);
        await db.SaveChangesAsync(ct);
        sync.Deleted(id);
        return true;
    }

    private async Task<KnowledgeContent> ContentAsync(SaveKnowledgeEntry request, CancellationToken ct)
    {
        int? departmentId = null;
        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            var code = request.Department.Trim();
            departmentId = await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
                ?? throw new FieldValidationException("department", $"部门编码“{code}”不存在");
        }
        return new KnowledgeContent(request.Question, request.Answer, departmentId, request.Tags, request.ValidUntil, request.Published);
    }
}
