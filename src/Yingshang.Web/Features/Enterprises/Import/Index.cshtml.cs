using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Enterprises.Import;

public sealed class IndexModel(ImportEnterprisesHandler handler, IOptions<EnterpriseImportOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>How many errors the page lists; the downloadable table has them all.</summary>
    public const int ShownErrors = 500;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string Mode { get; set; } = "all";

    public ImportOutcome? Outcome { get; private set; }
    public string? FileName { get; private set; }
    public long MaxBytes => options.Value.MaxBytes;
    public int MaxRows => options.Value.MaxRows;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var mode = ImportEndpoint.ParseMode(Mode);
        if (mode is null) ModelState.AddModelError(nameof(Mode), "请选择导入方式");
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "请选择要导入的 CSV 或 XLSX 文件");
        else if (Upload.Length > MaxBytes)
            ModelState.AddModelError(nameof(Upload), $"文件大小 {ImportUpload.Describe(Upload.Length)}，超过上限 {ImportUpload.Describe(MaxBytes)}，请拆分后分批导入");
        if (ModelState.ErrorCount > 0) return Respond();

        FileName = Path.GetFileName(Upload!.FileName);
        try
        {
            Outcome = await handler.HandleAsync(await ImportUpload.ReadAllAsync(Upload, ct), Upload.FileName, mode!.Value, ct);
        }
        catch (Exception e) when (e is UnreadableFileException or BusinessRuleException)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }
        return Respond();
    }

    /// <summary>The error table as XLSX, rebuilt from the packed list the result page carries (no server-side state).</summary>
    public async Task<IActionResult> OnPostErrorsAsync(string? errors, CancellationToken ct)
    {
        var list = ErrorTable.Unpack(errors);
        if (list is null) return BadRequest();
        var content = await ErrorTable.ToXlsxAsync(list, ct);
        return File(content, Search.EnterpriseExport.XlsxContentType, ErrorTable.FileName(clock));
    }

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct) =>
        File(await ErrorTable.TemplateAsync(ct), Search.EnterpriseExport.XlsxContentType, "企业名录导入模板.xlsx");

    // The script posts with this header and swaps in just the result; without script the whole page comes back.
    private IActionResult Respond() =>
        Request.Headers.XRequestedWith == "XMLHttpRequest" ? Partial("_ImportResult", this) : Page();
}
