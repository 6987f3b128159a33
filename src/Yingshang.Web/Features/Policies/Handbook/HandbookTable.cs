using DocumentFormat.OpenXml.Wordprocessing;

namespace Yingshang.Web.Features.Policies.Handbook;

/// <summary>A policy's benefits as a real Word table (header row repeated on each page).</summary>
internal static class HandbookTable
{
    private static readonly (string Title, int Width)[] Columns = [("兑现事项", 1900), ("类别", 700), ("兑现方式", 1000), ("享受条件", 3700), ("金额", 1800)];

    public static Table For(HandbookPolicy policy)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = HandbookStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            HandbookStyles.Borders(),
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid([.. Columns.Select(c => new GridColumn { Width = c.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(Columns.Select(c => Cell(c.Title, bold: true)));
        table.Append(header);
        foreach (var b in policy.Benefits)
            table.Append(new TableRow(Cell($"{b.Name}（{b.Code}）"), Cell(b.Kind), Cell(b.Mode), Cell(b.Condition), Cell(b.Amount)));
        return table;
    }

    private static TableCell Cell(string text, bool bold = false) => new(HandbookDocument.Para(null, text, bold));
}
