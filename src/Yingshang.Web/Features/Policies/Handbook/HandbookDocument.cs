using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Yingshang.Web.Features.Policies.Handbook;

/// <summary>
/// Writes the handbook as a .docx: cover, a TOC field (Word refreshes it on open because settings say updateFields;
/// its entries are pre-filled so readers that do not update fields still show them), then one Heading1 per theme and
/// one Heading2 per policy with its facts and a table of its benefits.
/// </summary>
internal static class HandbookDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static byte[] Write(HandbookContent content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            HandbookStyles.AddTo(main);
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var headings = Headings(content);
            var body = new Body();
            Cover(body, content);
            Contents(body, headings);
            Chapters(body, content, headings);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private sealed record Heading(int Level, string Text, string Bookmark);

    /// <summary>Numbered headings with their bookmarks, in document order: 一、theme, （一）policy.</summary>
    private static List<Heading> Headings(HandbookContent content)
    {
        var list = new List<Heading>();
        foreach (var (theme, t) in content.Themes.Select((x, i) => (x, i)))
        {
            list.Add(new Heading(1, $"{Numeral(t)}、{theme.Title}", $"_Toc{list.Count + 1}"));
            foreach (var (policy, p) in theme.Policies.Select((x, i) => (x, i)))
                list.Add(new Heading(2, $"（{Numeral(p)}）{policy.Title}", $"_Toc{list.Count + 1}"));
        }
        return list;
    }

    private static void Cover(Body body, HandbookContent content)
    {
        var policies = content.Themes.Sum(t => t.Policies.Count);
        var benefits = content.Themes.Sum(t => t.Policies.Sum(p => p.Benefits.Count));
        body.Append(
            Para(HandbookStyles.Title, "惠企政策汇编"),
            Para(HandbookStyles.Subtitle, $"截至{Date(content.AsOf)}现行有效的政策"),
            Para(HandbookStyles.Subtitle, $"共 {policies} 件政策、{benefits} 个兑现事项"),
            Para(HandbookStyles.Subtitle, $"编印日期：{Date(content.Printed)}"),
            PageBreak());
    }

    private static void Contents(Body body, List<Heading> headings)
    {
        body.Append(Para(HandbookStyles.TocHeading, "目录"));
        var first = new Paragraph(Style(headings.Count > 0 && headings[0].Level == 2 ? HandbookStyles.Toc2 : HandbookStyles.Toc1),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        if (headings.Count > 0) first.Append(Entry(headings[0]));
        body.Append(first);
        foreach (var h in headings.Skip(1))
            body.Append(new Paragraph(Style(h.Level == 1 ? HandbookStyles.Toc1 : HandbookStyles.Toc2), Entry(h)));
        body.Append(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End })), PageBreak());
    }

    private static Hyperlink Entry(Heading h) => new(new Run(new Text(h.Text))) { Anchor = h.Bookmark, History = true };

    private static void Chapters(Body body, HandbookContent content, List<Heading> headings)
    {
        if (content.Themes.Count == 0) body.Append(Para(null, "该日没有现行有效的政策。"));
        var next = 0;
        foreach (var theme in content.Themes)
        {
            body.Append(HeadingParagraph(headings[next], next++));
            foreach (var policy in theme.Policies)
            {
                body.Append(HeadingParagraph(headings[next], next++));
                body.Append(Para(null, $"发文机关：{policy.Issuer}　　文号：{policy.Number}"));
                body.Append(Para(null, $"有效期：{Date(policy.EffectiveFrom)}至{(policy.EffectiveTo is { } to ? Date(to) : "长期")}"));
                body.Append(HandbookTable.For(policy), Para(null, ""));
            }
        }
    }

    private static Paragraph HeadingParagraph(Heading h, int id) => new(
        Style(h.Level == 1 ? HandbookStyles.Heading1 : HandbookStyles.Heading2),
        new BookmarkStart { Name = h.Bookmark, Id = id.ToString(CultureInfo.InvariantCulture) },
        new Run(new Text(h.Text)),
        new BookmarkEnd { Id = id.ToString(CultureInfo.InvariantCulture) });

    internal static Paragraph Para(string? style, string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return style is null ? new Paragraph(run) : new Paragraph(Style(style), run);
    }

    private static ParagraphProperties Style(string style) => new(new ParagraphStyleId { Val = style });

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>0 → 一 … 9 → 十, 10 → 十一 … 18 → 十九; beyond that Arabic numerals.</summary>
    private static string Numeral(int index) => index < 10 ? Numerals[index]
        : index < 19 ? "十" + Numerals[index - 10] : (index + 1).ToString(CultureInfo.InvariantCulture);
}
