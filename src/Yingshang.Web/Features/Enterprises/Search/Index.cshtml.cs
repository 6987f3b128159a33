using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Search;

public sealed class IndexModel(SearchEnterprises search, AppDbContext db, IAuthorizationService authorization, TimeProvider clock, AuditTrail audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? County { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Size { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResult<EnterpriseListItem> Result { get; private set; } = new([], 0, 1, PageSize);
    public List<string> Counties { get; private set; } = [];
    public bool CanImport { get; private set; }

    public EnterpriseSearch Search => new(Q, County, Industry, ValidSize, Tag, Sort);

    /// <summary>An unreadable size in the address is ignored rather than answered with an error page.</summary>
    private string? ValidSize => Contracts.EnterpriseTitles.ParseSize(Size) is not null || EnterpriseSearch.IsUnknownSize(Size) ? Size : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counties = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Id).Select(r => r.Name).ToListAsync(ct);
        CanImport = (await authorization.AuthorizeAsync(User, EnterprisesModule.ImportPolicy)).Succeeded;
        Result = await search.PageAsync(Search, new PageRequest(Math.Max(1, PageNumber), PageSize), ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await search.ExportAsync(Search, ExcelExport.ReadLimit(this), ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        var content = await EnterpriseExport.ToXlsxAsync(rows, ct);
        await EnterpriseExport.AuditAsync(db, audit, Search, rows.Count, ct);
        return File(content, EnterpriseExport.XlsxContentType, EnterpriseExport.FileName(clock));
    }

    /// <summary>The current filters with some values replaced, for paging and export links.</summary>
    public Dictionary<string, string> Route(int? page = null)
    {
        var values = new Dictionary<string, string>();
        void Put(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) values[key] = value; }
        Put("q", Q); Put("county", County); Put("industry", Industry); Put("size", ValidSize); Put("tag", Tag); Put("sort", Sort);
        if (page is > 1) values["p"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
