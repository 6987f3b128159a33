using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.Search;

internal sealed class SearchKnowledge(AppDbContext db, KnowledgeIndexSync sync, TimeProvider clock, ICurrentUser user, AuditTrail audit)
    : IKnowledgeSearch
{
    public async Task<PagedResult<KnowledgeHit>> SearchAsync(KnowledgeQuery query, PageRequest page, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var includeHidden = query.IncludeHidden && KnowledgeModule.EditorRoles.Any(user.IsInRole);
        int? departmentId = null;
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            departmentId = await db.Departments.Where(d => d.Code == query.Department.Trim()).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            if (departmentId is null) return new PagedResult<KnowledgeHit>([], 0, page.Page, page.PageSize);
        }
        return string.IsNullOrWhiteSpace(query.Text)
            ? await ListAsync(Filter(today, departmentId, query.Tag, includeHidden), page, today, ct)
            : await RankAsync(query.Text, new IndexFilter(today, departmentId, query.Tag, includeHidden, query.AboutQuestion), page, today, ct);
    }

    /// <summary>Every match in rank order (no paging), for the export.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> AllAsync(KnowledgeQuery query, int cap, CancellationToken ct) =>
        (await SearchAsync(query, new PageRequest(1, cap), ct)).Items;

    public async Task<KnowledgeHit?> FindUsableAsync(int id, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var hit = await Project(Filter(today, null, null, includeHidden: false).Where(e => e.Id == id)).FirstOrDefaultAsync(ct);
        return hit is null ? null : Finish(hit, today, []);
    }

    /// <summary>
    /// A use is not an edit: it is counted in place, so the entry's version (checked when an editor saves the form they
    /// opened before) and its last editor stay as they were; concurrent uses each add one.
    /// </summary>
    public async Task<bool> RecordUseAsync(int id, CancellationToken ct)
    {
        var entry = await db.KnowledgeEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return false;
        entry.EnsureUsable(ChinaTime.Today(clock));
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.KnowledgeEntries.Where(e => e.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.UseCount, e => e.UseCount + 1).SetProperty(e => e.LastUsedAt, now), ct) == 0)
            return false;
        // The UPDATE bypasses the change tracker, which audits every edit; a use is still in the audit log.
        audit.Record("use", nameof(KnowledgeEntry), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private IQueryable<KnowledgeEntry> Filter(DateOnly today, int? departmentId, string? tag, bool includeHidden)
    {
        var entries = db.KnowledgeEntries.AsNoTracking();
        if (!includeHidden) entries = entries.Where(e => e.Published && (e.ValidUntil == null || e.ValidUntil >= today));
        if (departmentId is not null) entries = entries.Where(e => e.DepartmentId == departmentId);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var t = tag.Trim();
            entries = entries.Where(e => e.Tags.Contains(t));
        }
        return entries;
    }

    private async Task<PagedResult<KnowledgeHit>> ListAsync(IQueryable<KnowledgeEntry> entries, PageRequest page, DateOnly today, CancellationToken ct)
    {
        var result = await Project(entries.OrderByDescending(e => e.UseCount).ThenBy(e => e.Id)).ToPageAsync(page, ct);
        return result with { Items = result.Items.Select(h => Finish(h, today, [])).ToList() };
    }

    private async Task<PagedResult<KnowledgeHit>> RankAsync(string text, IndexFilter filter, PageRequest page, DateOnly today, CancellationToken ct)
    {
        await sync.EnsureCurrentAsync(db, ct);
        var hits = sync.Index.Search(text, filter, page.Offset, page.PageSize);
        var rows = await Project(db.KnowledgeEntries.AsNoTracking().Where(e => hits.Ids.Contains(e.Id))).ToDictionaryAsync(h => h.Id, ct);
        // An id the database no longer has was deleted by another instance since the last check: leave it out.
        var items = hits.Ids.Where(rows.ContainsKey).Select(id => Finish(rows[id], today, hits.Bigrams)).ToList();
        return new PagedResult<KnowledgeHit>(items, hits.Total, page.Page, page.PageSize);
    }

    private KnowledgeHit Finish(KnowledgeHit hit, DateOnly today, IReadOnlyList<string> bigrams) => hit with
    {
        Expired = hit.ValidUntil is { } until && until < today,
        SnippetHtml = Snippets.Of(hit.Answer, bigrams, sync.Index.BigramAnalyzer),
    };

    private IQueryable<KnowledgeHit> Project(IQueryable<KnowledgeEntry> entries) =>
        from e in entries
        join d in db.Departments on e.DepartmentId equals d.Id into departments
        from d in departments.DefaultIfEmpty()
        select new KnowledgeHit
        {
            Id = e.Id, Question = e.Question, Answer = e.Answer, Department = d.Code, DepartmentName = d.Name, Tags = e.Tags,
            ValidUntil = e.ValidUntil, Published = e.Published, UseCount = e.UseCount, UpdatedAt = e.UpdatedAt,
        };
}
