using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using MiniExcelLibs;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Enterprises.Import;

/// <summary>Packs an import's errors into a form field (gzip + base64) and turns them into a downloadable XLSX.</summary>
public static class ErrorTable
{
    private const int MaxUnpackedBytes = 64 * 1024 * 1024;
    /// <summary>What one sheet holds (Excel: 1,048,576 rows with the header); a longer list was not made by an import.</summary>
    private const int MaxRows = 1_000_000;

    public static string Pack(IReadOnlyList<ImportError> errors)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(gzip, errors.Select(e => new object[] { e.Row, e.Column, e.Message }));
        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>Null when the field is not a packed error list (or would unpack to more than 64 MB or one sheet's rows).</summary>
    public static List<ImportError>? Unpack(string? packed)
    {
        if (string.IsNullOrEmpty(packed)) return null;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(packed)), CompressionMode.Decompress);
            using var json = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk)) > 0)
            {
                if (json.Length + read > MaxUnpackedBytes) return null;
                json.Write(chunk, 0, read);
            }
            var rows = JsonSerializer.Deserialize<JsonElement[]?[]>(json.ToArray()) ?? [];
            if (rows.Length > MaxRows || rows.Any(r => r is not { Length: 3 })) return null;
            return rows.Select(r => new ImportError(r![0].GetInt32(), r[1].GetString() ?? "", r[2].GetString() ?? "")).ToList();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public static async Task<byte[]> ToXlsxAsync(IEnumerable<ImportError> errors, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var rows = errors.Select(e => new Dictionary<string, object?>
        {
            ["行号"] = e.Row, ["列"] = e.Column, ["列名"] = ImportColumns.Title(e.Column), ["错误说明"] = e.Message,
        });
        await MiniExcel.SaveAsAsync(stream, rows, sheetName: "导入错误", cancellationToken: ct);
        return stream.ToArray();
    }

    public static string FileName(TimeProvider clock) =>
        string.Create(CultureInfo.InvariantCulture, $"企业名录导入错误-{ChinaTime.ToLocal(clock.GetUtcNow()):yyyyMMdd-HHmm}.xlsx");

    /// <summary>An empty import file: the header row only, in the Chinese titles the import accepts beside the English names.</summary>
    public static async Task<byte[]> TemplateAsync(CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var header = new[] { ImportColumns.All.ToDictionary(c => c.Name, c => (object?)c.Title) };
        await MiniExcel.SaveAsAsync(stream, header, printHeader: false, sheetName: "企业名录", cancellationToken: ct);
        return stream.ToArray();
    }
}
