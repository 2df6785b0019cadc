using System.Text;
using Linkage.Documents.Fonts;

namespace Linkage.Documents.Pdf;

/// <summary>Embeds the used glyphs of a TrueType font as a Type0 / CIDFontType2 font with Identity-H encoding and a
/// ToUnicode map, so that viewers draw the right outlines and text extraction gives back the characters.</summary>
internal static class EmbeddedFont
{
    public static int Add(PdfFile pdf, TrueTypeFont font, IReadOnlyDictionary<int, string> glyphs, string baseName)
    {
        var name = $"{SubsetTag(glyphs.Keys)}+{baseName}";
        var file = pdf.AddStream(FontSubset.Create(font, glyphs.Keys));
        var box = string.Join(' ', font.BoundingBox.Select(font.PdfUnits));
        var descriptor = pdf.Add(
            $"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{box}] /ItalicAngle 0 " +
            $"/Ascent {font.PdfUnits(font.Ascent)} /Descent {font.PdfUnits(font.Descent)} " +
            $"/CapHeight {font.PdfUnits(font.Ascent)} /StemV 80 /FontFile2 {file} 0 R >>");
        var widths = string.Join(' ', glyphs.Keys.Order().Select(g => $"{g} [{font.Width(g)}]"));
        var cidFont = pdf.Add(
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 /W [{widths}] >>");
        var toUnicode = pdf.AddStream(Encoding.ASCII.GetBytes(UnicodeMap(glyphs)));
        return pdf.Add(
            $"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H " +
            $"/DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
    }

    private static string SubsetTag(IEnumerable<int> glyphs)
    {
        var hash = glyphs.Order().Aggregate(17L, (h, g) => (h * 31 + g) % 308915776L);
        return new string([.. Enumerable.Range(0, 6).Select(i => (char)('A' + (int)(hash / (long)Math.Pow(26, i) % 26)))]);
    }

    private static string UnicodeMap(IReadOnlyDictionary<int, string> glyphs)
    {
        var map = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in glyphs.OrderBy(g => g.Key).Chunk(100))
        {
            map.Append($"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
                map.Append($"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            map.Append("endbfchar\n");
        }
        return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
