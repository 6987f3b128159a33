using System.Text;
using MiniExcelLibs;

namespace Yingshang.Web.Features.Enterprises.Import;

/// <summary>A file that cannot be read as a table at all: 415 for an unsupported type, 400 for a damaged or mis-encoded one.</summary>
public sealed class UnreadableFileException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>Reads the first sheet of an XLSX or a UTF-8 CSV into rows of cells; row n is what the user sees as row n.</summary>
public static class ImportFile
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static List<object?[]> Read(byte[] content, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".xls" or ".et")
            throw new UnreadableFileException(415, "不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV UTF-8 后再导入");
        if (extension is not (".csv" or ".xlsx" or ""))
            throw new UnreadableFileException(415, $"不支持“{extension}”文件：只能导入 CSV（UTF-8）或 XLSX 文件");
        if (content.AsSpan().StartsWith(ZipMagic)) return ReadXlsx(content);
        if (extension == ".xlsx") throw new UnreadableFileException(400, "文件扩展名为 .xlsx，但内容不是有效的 Excel 工作簿");
        if (content.AsSpan().Contains((byte)0))
            throw new UnreadableFileException(415, "文件不是文本格式的 CSV：只能导入 CSV（UTF-8）或 XLSX 文件");
        return ReadCsv(content);
    }

    private static List<object?[]> ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = CsvReader.Decode(content);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableFileException(400, "CSV 文件不是 UTF-8 编码（可能是 GBK）：请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”后再导入");
        }
        try
        {
            return CsvReader.Parse(text).Select(r => r.Select(c => (object?)c).ToArray()).ToList();
        }
        catch (FormatException e)
        {
            throw new UnreadableFileException(400, $"CSV 格式错误：{e.Message}");
        }
    }

    private static List<object?[]> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(row => row.Values.ToArray())
                .ToList();
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException
                                       or IndexOutOfRangeException or NullReferenceException or FormatException or ArgumentException)
        {
            throw new UnreadableFileException(400, "无法读取 XLSX 文件：文件已损坏或不是 Excel 工作簿");
        }
    }
}
