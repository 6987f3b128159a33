using System.Globalization;
using System.Net;
using System.Text;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// The trend as an inline SVG line chart rendered on the server (no script, no CDN). Each series has its own dash
/// pattern and marker as well as its colour, so colour is never the only cue; the page repeats the numbers in a table.
/// </summary>
public static class TrendChart
{
    private const int Width = 720, Height = 300, Left = 48, Right = 16, Top = 16, Bottom = 40;

    public static readonly (string Title, string Css, Func<TrendPoint, double?> Value)[] Series =
    [
        ("综合得分", "s-composite", p => p.Composite), ("响应率", "s-response", p => p.Response),
        ("解决率", "s-resolution", p => p.Resolution), ("满意率", "s-satisfaction", p => p.Satisfaction),
    ];

    public static string Svg(IReadOnlyList<TrendPoint> points, string title)
    {
        var svg = new StringBuilder();
        Append(svg, $"<svg class=\"trend\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"trend-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        Append(svg, $"<title id=\"trend-title\">{WebUtility.HtmlEncode(title)}</title>");
        for (var pct = 0; pct <= 100; pct += 25)
        {
            var y = Y(pct / 100.0);
            Append(svg, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\"/>");
            Append(svg, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{pct}%</text>");
        }
        for (var i = 0; i < points.Count; i++)
            Append(svg, $"<text class=\"axis\" x=\"{X(i, points.Count):F1}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(points[i].Label)}</text>");
        foreach (var (name, css, value) in Series)
        {
            Append(svg, $"<g class=\"{css}\"><title>{name}</title>");
            foreach (var segment in Segments(points, value))
                Append(svg, $"<polyline fill=\"none\" points=\"{string.Join(' ', segment.Select(p => Point(p.Index, points.Count, p.Value)))}\"/>");
            for (var i = 0; i < points.Count; i++)
                if (value(points[i]) is { } v) Append(svg, $"<circle cx=\"{X(i, points.Count):F1}\" cy=\"{Y(v):F1}\" r=\"3.5\"/>");
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Runs of consecutive months with a value: a month without data breaks the line instead of inventing one.</summary>
    private static IEnumerable<List<(int Index, double Value)>> Segments(IReadOnlyList<TrendPoint> points, Func<TrendPoint, double?> value)
    {
        var run = new List<(int, double)>();
        for (var i = 0; i < points.Count; i++)
        {
            if (value(points[i]) is { } v) { run.Add((i, v)); continue; }
            if (run.Count > 1) yield return run;
            run = [];
        }
        if (run.Count > 1) yield return run;
    }

    private static string Point(int index, int count, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{X(index, count):F1},{Y(value):F1}");

    private static double X(int index, int count) =>
        count <= 1 ? Left : Left + index * (Width - Left - Right) / (double)(count - 1);

    private static double Y(double value) => Top + (1 - Math.Clamp(value, 0, 1)) * (Height - Top - Bottom);

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(FormattableString.Invariant(text));
}
