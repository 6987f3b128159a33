using System.Globalization;
using MiniExcelLibs;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;
using C = Yingshang.Web.Features.Enterprises.Import.ImportColumns;

namespace Yingshang.Web.Features.Enterprises.Search;

/// <summary>
/// The filtered register as XLSX. Columns carry the import's Chinese titles, so an exported file can be edited and
/// imported again; 企业规模 and 行业名称 are derived and ignored by the import. Unknown values are empty cells.
/// </summary>
internal static class EnterpriseExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(TimeProvider clock) =>
        string.Create(CultureInfo.InvariantCulture, $"企业名录-{ChinaTime.ToLocal(clock.GetUtcNow()):yyyyMMdd-HHmm}.xlsx");

    public static async Task<byte[]> ToXlsxAsync(IEnumerable<EnterpriseFacts> rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, rows.Select(Row), cancellationToken: ct);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(EnterpriseFacts e) => new()
    {
        [C.Title(C.Uscc)] = e.Uscc,
        [C.Title(C.Name)] = e.Name,
        [C.Title(C.Kind)] = e.Kind.Title(),
        [C.Title(C.County)] = e.County,
        [C.Title(C.Industry)] = e.IndustryCode,
        [C.Title(C.Established)] = e.Established?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [C.Title(C.RegisteredCapital)] = e.RegisteredCapital,
        [C.Title(C.Employees)] = e.Employees,
        [C.Title(C.InsuredEmployees)] = e.InsuredEmployees,
        [C.Title(C.Revenue)] = e.Revenue,
        [C.Title(C.TaxPaid)] = e.TaxPaid,
        [C.Title(C.TaxCredit)] = e.TaxCredit?.ToString(),
        [C.Title(C.Tags)] = string.Join(';', e.Tags),
        [C.Title(C.Abnormal)] = YesNo(e.Abnormal),
        [C.Title(C.Dishonest)] = YesNo(e.Dishonest),
        [C.Title(C.RiskClass)] = e.RiskClass?.ToString(),
        [C.Title(C.Size)] = e.Size?.Title(),
        [C.Title(C.IndustryName)] = e.IndustryCode is null ? null : IndustryCodes.Describe(e.IndustryCode),
    };

    private static string? YesNo(bool? value) => value switch { true => "是", false => "否", null => null };

    /// <summary>The filters in words (关键词 / 县市 / 行业 / 规模 / 标签), or 无 when the whole register was exported.</summary>
    private static string Describe(EnterpriseSearch s)
    {
        var parts = new[] { ("关键词", s.Q), ("县市", s.County), ("行业", s.Industry), ("规模", s.Size), ("标签", s.Tag) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}“{p.Item2!.Trim()}”").ToList();
        return parts.Count == 0 ? "无" : string.Join("，", parts);
    }

    public static async Task AuditAsync(AppDbContext db, AuditTrail audit, EnterpriseSearch search, int count, CancellationToken ct)
    {
        audit.Record("export", nameof(Enterprise), "list", $"导出 {count} 条；筛选：{Describe(search)}");
        await db.SaveChangesAsync(ct);
    }
}
