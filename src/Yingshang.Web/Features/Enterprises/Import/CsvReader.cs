using System.Text;

namespace Yingshang.Web.Features.Enterprises.Import;

/// <summary>RFC 4180 CSV: comma-separated, fields optionally in double quotes (which may hold commas, "" and line breaks).</summary>
public static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 with or without BOM; throws <see cref="DecoderFallbackException"/> on anything else (e.g. GBK).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        return StrictUtf8.GetString(bytes);
    }

    /// <summary>One array per record; record n is what a spreadsheet shows as row n.</summary>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var recordStart = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    recordStart = records.Count + 1;
                    break;
                default: field.Append(c); break;
            }
        }
        if (quoted) throw new FormatException($"第 {recordStart} 行有未闭合的双引号");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }
        return records;
    }
}
