using System.Globalization;
using System.Security;
using System.Text;

namespace Linkage.Supervision.Features.Charts;

/// <summary>A plain SVG bar chart written by hand: vertical bars for a trend (one per day, week or month), horizontal
/// bars for a ranking (one per child, best first). Labels and values are printed; no scripts, no external fonts.</summary>
public static class SvgBarChart
{
    public const string ContentType = "image/svg+xml";
    private const int Width = 720, Bar = 22, Gap = 8, Top = 48, Left = 170, Plot = 480, TrendHeight = 300;

    public static string Ranking(string title, IReadOnlyList<ChartBar> bars, decimal max)
    {
        var height = Top + bars.Count * (Bar + Gap) + 24;
        var svg = Open(title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (y, w) = (Top + i * (Bar + Gap), Scale(bars[i].Value, max, Plot));
            svg.Append($"""<text x="{Left - 8}" y="{y + 16}" text-anchor="end">{Escape(bars[i].Label)}</text>""")
               .Append($"""<rect x="{Left}" y="{y}" width="{Number(w)}" height="{Bar}" fill="#409eff"/>""")
               .Append($"""<text x="{Number(Left + w + 6)}" y="{y + 16}">{Number(bars[i].Value)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Trend(string title, IReadOnlyList<ChartBar> bars)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var step = bars.Count == 0 ? 0 : (double)(Width - 80) / bars.Count;
        var svg = Open(title, Top + TrendHeight + 60);
        var floor = Top + TrendHeight;
        svg.Append($"""<line x1="40" y1="{floor}" x2="{Width - 40}" y2="{floor}" stroke="#999"/>""");
        for (var i = 0; i < bars.Count; i++)
        {
            var (x, h) = (40 + i * step, Scale(bars[i].Value, max, TrendHeight));
            svg.Append($"""<rect x="{Number(x + 1)}" y="{Number(floor - h)}" width="{Number(Math.Max(1, step - 2))}" height="{Number(h)}" fill="#67c23a"><title>{Escape(bars[i].Label)}: {Number(bars[i].Value)}</title></rect>""");
        }
        if (bars.Count > 0)
            svg.Append($"""<text x="40" y="{floor + 18}">{Escape(bars[0].Label)}</text>""")
               .Append($"""<text x="{Width - 40}" y="{floor + 18}" text-anchor="end">{Escape(bars[^1].Label)}</text>""")
               .Append($"""<text x="36" y="{Top + 10}" text-anchor="end">{Number(max)}</text>""");
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, int height) => new StringBuilder()
        .Append($"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" font-family="sans-serif" font-size="13">""")
        .Append($"""<title>{Escape(title)}</title><text x="{Width / 2}" y="26" text-anchor="middle" font-size="16">{Escape(title)}</text>""");

    private static double Scale(decimal value, decimal max, int length) => max <= 0 ? 0 : (double)(Math.Max(0, value) / max) * length;

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}

/// <summary>One bar: its label and value.</summary>
public sealed record ChartBar(string Label, decimal Value);
