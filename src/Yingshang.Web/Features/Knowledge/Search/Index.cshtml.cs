using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Knowledge.Search;

public sealed class IndexModel(IKnowledgeSearch search, AppDbContext db, IAuthorizationService authorization, TimeProvider clock, AuditTrail audit) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<KnowledgeHit> Result { get; private set; } = new([], 0, 1, PageSize);
    public List<(string Code, string Name)> Departments { get; private set; } = [];
    public bool CanEdit { get; private set; }

    private KnowledgeQuery Query => new(Q, Department, Tag, All && CanEdit);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Result = await PageNumbers.LoadAsync(PageNumber, PageSize, page => search.SearchAsync(Query, page, ct));
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var found = await search.SearchAsync(Query, new PageRequest(1, ExcelExport.MaxRows(this)), ct);
        if (ExcelExport.Refuses(this, found.Total)) return ExcelExport.BackToList(this);
        var rows = found.Items.Select(KnowledgeRow.From).ToList();
        audit.Record("export", nameof(KnowledgeEntry), "list", $"导出 {rows.Count} 条；筛选：{Query}");
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(rows, "知识库", ct), ExcelExport.ContentType, ExcelExport.FileName("知识库", clock));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, KnowledgeModule.EditPolicy)).Succeeded;
        ViewData["KnowledgeCanEdit"] = CanEdit;
        var used = db.KnowledgeEntries.Where(e => e.DepartmentId != null).Select(e => e.DepartmentId);
        Departments = (await db.Departments.AsNoTracking().Where(d => used.Contains(d.Id)).OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct)).Select(d => (d.Code, d.Name)).ToList();
    }
}
