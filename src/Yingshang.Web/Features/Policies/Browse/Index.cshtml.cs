using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Browse;

public sealed record PolicyExportRow(
    [property: ExcelColumnName("政策标题")] string Title,
    [property: ExcelColumnName("发文机关")] string Issuer,
    [property: ExcelColumnName("文号")] string Number,
    [property: ExcelColumnName("生效日期")] string From,
    [property: ExcelColumnName("失效日期")] string To,
    [property: ExcelColumnName("主题")] string Theme,
    [property: ExcelColumnName("兑现事项数")] int Benefits,
    [property: ExcelColumnName("状态")] string Status);

public sealed class IndexModel(PolicyQueries queries, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? InForceOn { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PolicyListItem> Result { get; private set; } = new([], 0, 1, PageSize);
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, PoliciesModule.WritePolicy)).Succeeded;
        Today = Platform.Time.ChinaTime.Today(clock);
        Result = await PageNumbers.LoadAsync(PageNumber, PageSize, p => queries.PageAsync(new PolicySearch(Q, InForceOn), p, ct));
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await queries.List(new PolicySearch(Q, InForceOn)).Take(ExcelExport.ReadLimit(this)).ToListAsync(ct);
        if (ExcelExport.Refuses(this, rows.Count)) return ExcelExport.BackToList(this);
        var content = await ExcelExport.ToXlsxAsync(rows.Select(p => new PolicyExportRow(p.Title, p.Issuer, p.Number,
            p.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期", p.Theme ?? "", p.Benefits, p.Status == PolicyStatus.Draft ? "草稿" : "已发布")), "政策文件", ct);
        return File(content, ExcelExport.ContentType, ExcelExport.FileName("政策文件", clock));
    }
}
