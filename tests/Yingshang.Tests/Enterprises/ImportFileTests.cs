using System.Text;
using MiniExcelLibs;
using Yingshang.Web.Features.Enterprises.Import;

namespace Yingshang.Tests.Enterprises;

public sealed class ImportFileTests
{
    private static readonly string Header = string.Join(",", ImportColumns.All.Select(c => c.Name));

    [Fact]
    public void Csv_records_follow_rfc_4180_and_count_as_spreadsheet_rows()
    {
        var records = CsvReader.Parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3");
        records.Count.ShouldBe(3);
        records[1].ShouldBe(["x, y", "say \"hi\"", "two\nlines"]);
        records[2].ShouldBe(["1", "", "3"]);
    }

    [Fact]
    public void An_unclosed_quote_names_the_row_it_starts_on() =>
        Should.Throw<FormatException>(() => CsvReader.Parse("a\nb\n\"c\nd")).Message.ShouldBe("第 3 行有未闭合的双引号");

    [Fact]
    public void Csv_is_read_with_or_without_bom()
    {
        var text = Header + "\n";
        var withBom = ImportFile.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "a.csv");
        var without = ImportFile.Read(Encoding.UTF8.GetBytes(text), "a.csv");
        withBom[0][0].ShouldBe("uscc");
        without[0][0].ShouldBe("uscc");
    }

    [Fact]
    public void Gbk_csv_is_refused_with_advice()
    {
        var gbk = new byte[] { 0xC6, 0xF3, 0xD2, 0xB5 }; // 企业 in GBK
        var e = Should.Throw<UnreadableFileException>(() => ImportFile.Read(gbk, "a.csv"));
        e.Status.ShouldBe(400);
        e.Message.ShouldContain("CSV UTF-8");
    }

    [Theory]
    [InlineData("a.xls", 415)]
    [InlineData("a.txt", 415)]
    [InlineData("a.json", 415)]
    [InlineData("a.xlsx", 400)]
    public void Unsupported_or_damaged_files_are_refused(string name, int status) =>
        Should.Throw<UnreadableFileException>(() => ImportFile.Read("uscc,name"u8.ToArray(), name)).Status.ShouldBe(status);

    [Fact]
    public void A_binary_file_named_csv_is_refused() =>
        Should.Throw<UnreadableFileException>(() => ImportFile.Read([1, 0, 2, 0], "a.csv")).Status.ShouldBe(415);

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused() =>
        Should.Throw<UnreadableFileException>(() => ImportFile.Read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "a.xlsx")).Status.ShouldBe(400);

    [Fact]
    public void Xlsx_cells_keep_their_types_and_blank_rows_keep_their_place()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object?> { ["uscc"] = "91350100M000100Y43", ["employees"] = 12, ["established"] = new DateTime(2019, 5, 1) },
            new Dictionary<string, object?> { ["uscc"] = null, ["employees"] = null, ["established"] = null },
            new Dictionary<string, object?> { ["uscc"] = "x", ["employees"] = null, ["established"] = null },
        });
        var rows = ImportFile.Read(stream.ToArray(), "名录.xlsx");
        rows.Count.ShouldBe(4);
        rows[0].ShouldBe(["uscc", "employees", "established"]);
        rows[1][1].ShouldBe(12d);
        rows[1][2].ShouldBe(new DateTime(2019, 5, 1));
        rows[3][0].ShouldBe("x");
    }

    [Fact]
    public void Header_accepts_english_names_in_any_order_and_chinese_titles()
    {
        var header = ImportColumns.All.Reverse().Select((c, i) => (object?)(i % 2 == 0 ? c.Name.ToUpperInvariant() : c.Title)).ToArray();
        var (positions, errors) = ImportColumns.ReadHeader(header);
        errors.ShouldBeEmpty();
        positions[ImportColumns.Uscc].ShouldBe(header.Length - 1);
    }

    [Fact]
    public void Header_reports_unknown_repeated_and_missing_columns_on_row_1()
    {
        var (_, errors) = ImportColumns.ReadHeader(["uscc", "name", "name", "foo", "企业规模", ""]);
        errors.ShouldAllBe(e => e.Row == 1);
        errors.ShouldContain(e => e.Column == "foo" && e.Message.StartsWith("未知列“foo”", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Column == "name" && e.Message == "列“name”重复出现");
        errors.Count(e => e.Message.StartsWith("缺少列", StringComparison.Ordinal)).ShouldBe(ImportColumns.All.Count - 2);
        errors.ShouldNotContain(e => e.Column == "企业规模" || e.Column == "size");
    }

    [Fact]
    public void The_error_list_survives_the_round_trip_through_the_result_page()
    {
        var errors = new List<ImportError> { new(2, "uscc", "校验码错误：第 18 位应为“3”"), new(9, "tags", "标签“x”") };
        ErrorTable.Unpack(ErrorTable.Pack(errors)).ShouldBe(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void A_tampered_error_list_is_refused(string? packed) => ErrorTable.Unpack(packed).ShouldBeNull();

    [Theory]
    [InlineData("[null]")]
    [InlineData("[[2,\"uscc\"]]")]
    [InlineData("[[2,\"uscc\",\"x\"],null]")]
    public void A_forged_error_list_with_a_null_or_short_row_is_refused(string json) => ErrorTable.Unpack(Gzip(json)).ShouldBeNull();

    [Fact]
    public void A_forged_error_list_longer_than_a_sheet_is_refused()
    {
        var rows = string.Join(",", Enumerable.Repeat("[1,\"a\",\"b\"]", 1_000_001));
        ErrorTable.Unpack(Gzip($"[{rows}]")).ShouldBeNull();
    }

    private static string Gzip(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(json));
        return Convert.ToBase64String(buffer.ToArray());
    }
}
