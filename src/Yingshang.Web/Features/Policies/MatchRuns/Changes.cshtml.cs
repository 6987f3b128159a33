using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MatchRuns;

public sealed class ChangesModel(MatchRunChanges changes, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Benefit { get; set; }
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "newlyEligible";
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ChangesBody? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(new PageRequest(Math.Max(1, PageNumber), 50), ct) ?? Page();

    /// <summary>导出Excel: every change of the chosen kind (and benefit), not only the page's 50; the export is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (await LoadAsync(new PageRequest(1, ExcelExport.MaxRows(this)), ct) is { } refused) return refused;
        if (ExcelExport.Refuses(this, Changes!.Items.Total)) return ExcelExport.BackToList(this);
        var items = Changes.Items.Items;
        audit.Record("export", nameof(MatchRun), Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"导出变化 {items.Count} 条；{ChangeExportRow.Title(Kind)}{(Benefit is null ? "" : "；" + Benefit)}");
        await db.SaveChangesAsync(ct);
        var title = $"批次变化-{Id}-{ChangeExportRow.Title(Kind)}";
        return File(await ExcelExport.ToXlsxAsync(items.Select(ChangeExportRow.From), "批次变化", ct), ExcelExport.ContentType,
            ExcelExport.FileName(title, clock));
    }

    /// <summary>Null when the changes are loaded; otherwise where the request goes instead.</summary>
    private async Task<IActionResult?> LoadAsync(PageRequest page, CancellationToken ct)
    {
        if (!MatchRunChanges.Kinds.Contains(Kind)) Kind = MatchRunChanges.Kinds[0];
        try
        {
            Changes = await changes.ChangesAsync(Id, Benefit, Kind, page, ct);
        }
        catch (BusinessRuleException)
        {
            return Redirect($"/Policies/MatchRuns/{Id}");
        }
        return Changes is null || Changes.PreviousRunId is null ? NotFound() : null;
    }
}
