using MiniExcelLibs;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Platform.Web;

/// <summary>"导出Excel" of list pages: the filtered list (not only the current page) as an .xlsx file.</summary>
public static class ExcelExport
{
    /// <summary>Above this a list must be narrowed by its filters first; the file is built in memory.</summary>
    public const int MaxRows = 50_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string TooMany(int total) =>
        $"筛选结果共 {total:N0} 条，超过单次导出上限 {MaxRows:N0} 条，请缩小筛选范围后再导出。";

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
