using System.Text;
using Linkage.Documents.Fonts;
using static Linkage.Documents.Pdf.PdfText;

namespace Linkage.Documents.Pdf;

/// <summary>A page's content stream in PDF points (origin bottom left), with the one embedded font as /F1. Remembers
/// which glyphs were drawn and for which characters, for the subset and the ToUnicode map.</summary>
internal sealed class PdfCanvas(TrueTypeFont font)
{
    private readonly StringBuilder ops = new();

    public Dictionary<int, string> Glyphs { get; } = [];

    public byte[] Content => Encoding.ASCII.GetBytes(ops.ToString());

    public double Measure(string text, double size) =>
        text.EnumerateRunes().Sum(r => font.Width(font.GlyphOf(r.Value))) * size / 1000;

    public void Text(double x, double y, double size, string text)
    {
        var hex = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = font.GlyphOf(rune.Value);
            Glyphs.TryAdd(glyph, rune.ToString());
            hex.Append(glyph.ToString("X4"));
        }
        ops.Append($"BT /F1 {Number(size)} Tf {Number(x)} {Number(y)} Td <{hex}> Tj ET\n");
    }

    public void Box(double x, double y, double width, double height) =>
        ops.Append($"{Number(x)} {Number(y)} {Number(width)} {Number(height)} re f\n");

    public void Line(double x1, double y1, double x2, double y2, double width) =>
        ops.Append($"{Number(width)} w {Number(x1)} {Number(y1)} m {Number(x2)} {Number(y2)} l S\n");
}
