using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>政策汇编: the Word document of the demo policies in force, opened with the OpenXML SDK.</summary>
public abstract class HandbookTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<WordprocessingDocument> DownloadAsync(string asOf)
    {
        using var staff = await app.ClientForAsync("handler.market");
        var response = await staff.GetAsync($"/api/v1/policies/handbook.docx?asOf={asOf}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    private static List<(string Style, string Text)> Paragraphs(WordprocessingDocument doc) =>
        [.. doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText))];

    [Fact]
    public async Task The_handbook_groups_the_policies_in_force_by_theme_under_headings_with_a_table_of_contents()
    {
        using var doc = await DownloadAsync("2026-06-01");
        new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var paragraphs = Paragraphs(doc);
        var themes = paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).ToList();
        themes.ShouldBe(["一、工业经济", "二、服务业", "三、科技创新", "四、金融支持", "五、减税降费", "六、市场主体培育", "七、乡村振兴"]);
        var industry = paragraphs.FindIndex(p => p.Text == "一、工业经济");
        paragraphs[industry + 1].Style.ShouldBe("Heading2");
        paragraphs[industry + 1].Text.ShouldBe("（一）示范州稳工业增长若干措施（稳工业26条）");
        paragraphs.ShouldContain(p => p.Text == "发文机关：示范州人民政府办公室　　文号：示政办发〔2026〕3号");

        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(0);
        styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(1);
        styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value.ShouldBe("黑体");
        doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value.ShouldBeTrue();
        doc.MainDocumentPart.Document.Body!.Descendants<FieldCode>().ShouldContain(f => f.Text.Contains("TOC \\o \"1-2\"", StringComparison.Ordinal));
        paragraphs.Count(p => p.Style is "TOC1" or "TOC2").ShouldBe(14);
        var entries = doc.MainDocumentPart.Document.Body!.Descendants<Hyperlink>().Select(h => h.InnerText).ToList();
        entries.ShouldContain("一、工业经济");
        entries.ShouldContain("（一）示范州稳工业增长若干措施（稳工业26条）");

        var cells = doc.MainDocumentPart.Document.Body!.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        cells.ShouldContain("服务业小微企业房租补贴（CFW-01）");
        cells.ShouldContain(c => c.Contains("规模为小型或微型，且未被列入经营异常名录", StringComparison.Ordinal));
        cells.ShouldContain("营业收入 × 0.001（保留 2 位小数）与 500,000 中的较小者（元）");
    }

    [Fact]
    public async Task A_policy_not_yet_in_force_at_asOf_and_drafts_are_left_out()
    {
        using (var office = await app.ClientForAsync("supervisor"))
        {
            var draft = new
            {
                title = "汇编测试草稿政策", issuer = "示范州人民政府办公室", number = "汇测〔2026〕1号", effectiveFrom = "2026-01-01", theme = "服务业", draft = true,
                benefits = new[] { new { code = "HB-DRAFT", name = "草稿事项", kind = "奖补", mode = "免申即享", department = "finance", rule = "employees >= 1" } },
            };
            (await office.PostAsJsonAsync("/api/v1/policies", draft)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        using var doc = await DownloadAsync("2026-02-01");
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldNotContain("国有房屋租金减免"); // in force from 2026-03-01
        text.ShouldNotContain("汇编测试草稿政策");
        text.ShouldContain("稳工业26条");
    }

    [Fact]
    public async Task The_handbook_needs_a_login_and_a_well_formed_date()
    {
        using var anonymous = app.CreateClient();
        (await anonymous.GetAsync("/api/v1/policies/handbook.docx")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var staff = await app.ClientForAsync("operator");
        (await staff.GetAsync("/api/v1/policies/handbook.docx?asOf=2026-13-45")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class HandbookTests_Sqlite(SqliteAppFactory app) : HandbookTests<SqliteAppFactory>(app);

public sealed class HandbookTests_Postgres(PostgresAppFactory app) : HandbookTests<PostgresAppFactory>(app);
