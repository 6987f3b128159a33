using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Audit;

public sealed class IndexModel(AppDbContext db, AuditChain chain, AuditTrail audit, AuditEntityTypes types, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityKey { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public PagedResult<AuditEntry> Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }
    public AuditReferences References { get; private set; } = AuditReferences.None;

    private AuditFilter Filter => new(Actor, EntityType, EntityKey, From, To);

    public Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken ct) => LoadAsync(page, ct);

    /// <summary>"校验哈希链": walks the whole chain, then shows the list as it was.</summary>
    public async Task OnGetVerifyAsync([FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        Verification = await chain.VerifyAsync(ct);
        await LoadAsync(page, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!FiltersAreValid()) return Redirect(QueryLinks.With(Request, ("handler", null)));
        var query = db.AuditEntries.AsNoTracking().Filter(Filter);
        var total = await query.CountAsync(ct);
        if (ExcelExport.Refuses(this, total)) return ExcelExport.BackToList(this);
        var rows = await query.ToListAsync(ct);
        audit.Record("export", nameof(AuditEntry), "list", JsonSerializer.Serialize(new { Actor, EntityType, EntityKey, From, To, Rows = total }));
        await db.SaveChangesAsync(ct);
        var file = await ExcelExport.ToXlsxAsync(rows.Select(AuditRow.From), "审计日志", ct);
        return File(file, ExcelExport.ContentType, ExcelExport.FileName("审计日志", clock));
    }

    private async Task LoadAsync(int page, CancellationToken ct)
    {
        EntityTypes = await types.ListAsync(db, ct);
        // A type audited since the list was read (or asked for by a link) is still shown as chosen.
        if (!string.IsNullOrWhiteSpace(EntityType) && !EntityTypes.Contains(EntityType)) EntityTypes = [.. EntityTypes, EntityType.Trim()];
        if (!FiltersAreValid()) return;
        Result = await PageNumbers.LoadAsync(page, PageSize, p => db.AuditEntries.AsNoTracking().Filter(Filter).ToPageAsync(p, ct));
        References = await AuditReferences.LoadAsync(db, [.. Result.Items], ct);
    }

    private bool FiltersAreValid()
    {
        foreach (var field in new[] { nameof(From), nameof(To) })
        {
            if (ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid) continue;
            ModelState.Remove(field);
            ModelState.AddModelError(field, "日期格式应为 年-月-日，例如 2026-01-05");
        }
        if (From is { } from && To is { } to && to < from)
            ModelState.AddModelError(nameof(To), "截止日期不能早于起始日期");
        return ModelState.IsValid;
    }
}
