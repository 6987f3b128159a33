using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Yingshang.Web.Features.Policies.Handbook;

/// <summary>
/// The styles part: 宋体 body, 黑体 headings (Heading1/Heading2 with outline levels so the TOC field finds them),
/// TOC1/TOC2 for the table of contents; names are Word's built-in ones so Word and LibreOffice map them.
/// </summary>
internal static class HandbookStyles
{
    public const string Title = "Title", Subtitle = "Subtitle", Heading1 = "Heading1", Heading2 = "Heading2",
        Toc1 = "TOC1", Toc2 = "TOC2", TocHeading = "TOCHeading", Table = "TableGrid";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts("宋体", "Times New Roman"), new FontSize { Val = "24" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, null, null, isDefault: true),
            Paragraph(Title, "Title", null, new ParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "600" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts("黑体", "Arial"), new Bold(), new FontSize { Val = "52" })),
            Paragraph(Subtitle, "Subtitle", null, new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts("楷体", "Times New Roman"), new FontSize { Val = "30" })),
            Paragraph(Heading1, "heading 1", 0, new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "480", After = "240" }),
                new StyleRunProperties(Fonts("黑体", "Arial"), new Bold(), new FontSize { Val = "32" })),
            Paragraph(Heading2, "heading 2", 1, new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }),
                new StyleRunProperties(Fonts("黑体", "Arial"), new Bold(), new FontSize { Val = "28" })),
            Paragraph(TocHeading, "TOC Heading", null, new ParagraphProperties(new SpacingBetweenLines { After = "360" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts("黑体", "Arial"), new Bold(), new FontSize { Val = "32" })),
            Paragraph(Toc1, "toc 1", null, new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "60" }), new StyleRunProperties(new Bold())),
            Paragraph(Toc2, "toc 2", null, new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "480" }), null),
            new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(Borders())) { Type = StyleValues.Table, StyleId = Table });
    }

    private static RunFonts Fonts(string eastAsia, string latin) => new() { EastAsia = eastAsia, Ascii = latin, HighAnsi = latin };

    private static Style Paragraph(string id, string name, int? outline, ParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault) style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        var pPr = new StyleParagraphProperties();
        if (paragraph is not null) foreach (var child in paragraph.ChildElements) pPr.Append(child.CloneNode(true));
        if (outline is { } level) pPr.Append(new OutlineLevel { Val = level });
        if (pPr.HasChildren) style.Append(pPr);
        if (run is not null) style.Append(run);
        return style;
    }

    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
}
