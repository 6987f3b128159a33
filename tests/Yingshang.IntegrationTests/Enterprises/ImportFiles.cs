using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Import;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>Builds import files and valid USCCs (county 东城县, division 532922) for the tests.</summary>
internal static class ImportFiles
{
    public static readonly string Header = string.Join(",", ImportColumns.All.Select(c => c.Name));

    /// <summary>A valid enterprise USCC, different for every <paramref name="n"/>.</summary>
    public static string Uscc(int n, char category = '1')
    {
        var body = "MB" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = $"9{category}532922{body}{Yingshang.Web.Features.Enterprises.Contracts.Uscc.OrganisationCheckCharacter(body)}";
        return first17 + Yingshang.Web.Features.Enterprises.Contracts.Uscc.CheckCharacter(first17);
    }

    /// <summary>A CSV row in header order; omitted columns are empty (unknown).</summary>
    public static string Row(string uscc, string name, string county = "东城县", string industry = "C3911", string employees = "25",
        string revenue = "5000000", string tags = "", string abnormal = "否", string established = "2019-05-01") =>
        string.Join(",", uscc, name, "", county, industry, established, "1000000", employees, "", revenue, "", "A", tags, abnormal, "", "B");

    public static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    public static MultipartFormDataContent Upload(string csv, string fileName = "名录.csv", bool bom = true) =>
        Upload(bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)] : Encoding.UTF8.GetBytes(csv), fileName);

    public static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    public static Dictionary<string, object?> XlsxRow(string uscc, string name) =>
        ImportColumns.All.ToDictionary(c => c.Name, c => c.Name switch
        {
            ImportColumns.Uscc => uscc,
            ImportColumns.Name => name,
            ImportColumns.County => "西山县",
            ImportColumns.Industry => "I6513",
            ImportColumns.Established => new DateTime(2018, 7, 1),
            ImportColumns.Employees => 120,
            ImportColumns.Revenue => 25_000_000.5,
            ImportColumns.Tags => $"{EnterpriseTags.TechSme};{EnterpriseTags.Gazelle}",
            ImportColumns.Abnormal => false,
            _ => (object?)null,
        });
}
