namespace Linkage.Documents.Fonts;

/// <summary>A TrueType-outline font (a .ttf, or the first face of a .ttc): glyph lookup, advance widths and the
/// tables a PDF subset needs. CFF-outline fonts (most .otf, Noto CJK) are refused: PDF embeds them differently.</summary>
public sealed class TrueTypeFont
{
    private readonly Dictionary<int, int> glyphOfCodePoint;
    private readonly ushort[] advances;

    private TrueTypeFont(FontFile data, Dictionary<string, (int Offset, int Length)> tables)
    {
        Data = data;
        Tables = tables;
        UnitsPerEm = data.U16(tables["head"].Offset + 18);
        var head = tables["head"].Offset;
        BoundingBox = [data.I16(head + 36), data.I16(head + 38), data.I16(head + 40), data.I16(head + 42)];
        var hhea = tables["hhea"].Offset;
        (Ascent, Descent) = (data.I16(hhea + 4), data.I16(hhea + 6));
        GlyphCount = data.U16(tables["maxp"].Offset + 4);
        advances = ReadAdvances(data, tables["hmtx"].Offset, data.U16(hhea + 34), GlyphCount);
        glyphOfCodePoint = CharacterMap.Read(data, tables["cmap"].Offset);
    }

    internal FontFile Data { get; }
    internal Dictionary<string, (int Offset, int Length)> Tables { get; }
    public int UnitsPerEm { get; }
    public int[] BoundingBox { get; }
    public int Ascent { get; }
    public int Descent { get; }
    public int GlyphCount { get; }

    public static TrueTypeFont Load(string path) => Parse(FontFile.Map(path), path);

    internal static TrueTypeFont Parse(FontFile data, string name)
    {
        var start = data.Tag(0) == "ttcf" ? (int)data.U32(12) : 0;
        var count = data.U16(start + 4);
        var tables = new Dictionary<string, (int, int)>();
        for (var i = 0; i < count; i++)
        {
            var record = start + 12 + 16 * i;
            tables[data.Tag(record)] = ((int)data.U32(record + 8), (int)data.U32(record + 12));
        }
        string[] required = ["head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"];
        var lacking = required.Where(t => !tables.ContainsKey(t)).ToList();
        if (lacking.Count > 0)
            throw new InvalidDataException($"{name} is not a TrueType-outline font (no {string.Join(", ", lacking)} table).");
        return new TrueTypeFont(data, tables);
    }

    /// <summary>The glyph of a code point; 0 (.notdef) when the font lacks it.</summary>
    public int GlyphOf(int codePoint) => glyphOfCodePoint.GetValueOrDefault(codePoint);

    /// <summary>Advance width in PDF glyph space (1/1000 of the font size).</summary>
    public int Width(int glyph) => advances[Math.Min(glyph, advances.Length - 1)] * 1000 / UnitsPerEm;

    public int PdfUnits(int fontUnits) => fontUnits * 1000 / UnitsPerEm;

    private static ushort[] ReadAdvances(FontFile data, int hmtx, int metrics, int glyphs)
    {
        var result = new ushort[Math.Max(glyphs, metrics)];
        for (var g = 0; g < result.Length; g++) result[g] = data.U16(hmtx + 4 * Math.Min(g, metrics - 1));
        return result;
    }
}
