using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Platform.Web;

/// <summary>"导出Excel" of list pages: the filtered list (not only the current page) as an .xlsx file.</summary>
public static class ExcelExport
{
    /// <summary>Above <c>Exports:MaxRows</c> rows a list must be narrowed by its filters first; the file is built in memory.</summary>
    public static int MaxRows(PageModel page) => page.HttpContext.RequestServices.GetRequiredService<IOptions<ExportOptions>>().Value.MaxRows;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>What an export reads: one row more than it may write, so a list that does not fit is refused, never cut.</summary>
    public static int ReadLimit(PageModel page) => MaxRows(page) + 1;

    /// <summary>The TempData key the layout shows a refused export under.</summary>
    public const string RefusalKey = "ExportRefused";


    /// <summary>
    /// True when the list holds more than <see cref="MaxRows"/> (<paramref name="total"/>, or the rows read with
    /// <see cref="ReadLimit"/>); the page's next view then says why nothing was downloaded (see <see cref="BackToList"/>).
    /// </summary>
    public static bool Refuses(PageModel page, int total)
    {
        var max = MaxRows(page);
        if (total <= max) return false;
        page.TempData[RefusalKey] = total > max + 1
            ? $"筛选结果共 {total:N0} 条，超过单次导出上限 {max:N0} 条，请缩小筛选范围后再导出。"
            : $"筛选结果超过单次导出上限 {max:N0} 条，请缩小筛选范围后再导出。";
        return true;
    }

    /// <summary>The list the export was asked from, with its filters, where the refusal is shown.</summary>
    public static IActionResult BackToList(PageModel page) => new RedirectResult(QueryLinks.With(page.Request, ("handler", null)));

    /// <summary>Rows of a type whose properties carry <c>[ExcelColumnName]</c>, so the header exists even for an empty list.</summary>
    public static async Task<byte[]> ToXlsxAsync<T>(IEnumerable<T> rows, string sheetName, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary><c>用户-20260105-0930.xlsx</c>, stamped in China time.</summary>
    public static string FileName(string title, TimeProvider clock) =>
        $"{title}-{ChinaTime.ToLocal(clock.GetUtcNow()):yyyyMMdd-HHmm}.xlsx";
}

/// <summary>The <c>Exports</c> configuration section.</summary>
public sealed class ExportOptions
{
    public int MaxRows { get; set; } = 50_000;
}
