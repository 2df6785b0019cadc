using System.Buffers.Binary;

namespace Linkage.Documents.Fonts;

/// <summary>A copy of the font keeping only the outlines of the glyphs used (and the components of composite
/// glyphs); glyph ids stay the same, so a PDF can address them directly (CIDToGIDMap /Identity).</summary>
internal static class FontSubset
{
    private static readonly string[] Kept = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    public static byte[] Create(TrueTypeFont font, IEnumerable<int> glyphs)
    {
        var used = WithComponents(font, [0, .. glyphs]);
        var (glyf, loca) = Outlines(font, used);
        var head = Table(font, "head");
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        var tables = Kept.Where(font.Tables.ContainsKey).ToDictionary(t => t, t => t switch
        {
            "glyf" => glyf,
            "loca" => loca,
            "head" => head,
            _ => Table(font, t),
        });
        return OpenTypeFile.Write(tables);
    }

    private static byte[] Table(TrueTypeFont font, string tag)
    {
        var (offset, length) = font.Tables[tag];
        return font.Data.Read(offset, length);
    }

    private static (int Offset, int Length) Outline(TrueTypeFont font, int glyph)
    {
        var loca = font.Tables["loca"].Offset;
        var longOffsets = font.Data.I16(font.Tables["head"].Offset + 50) == 1;
        int At(int g) => longOffsets ? (int)font.Data.U32(loca + 4 * g) : 2 * font.Data.U16(loca + 2 * g);
        var start = At(glyph);
        return (font.Tables["glyf"].Offset + start, At(glyph + 1) - start);
    }

    private static SortedSet<int> WithComponents(TrueTypeFont font, IEnumerable<int> glyphs)
    {
        var used = new SortedSet<int>();
        var pending = new Stack<int>(glyphs.Where(g => g < font.GlyphCount));
        while (pending.TryPop(out var glyph))
        {
            if (!used.Add(glyph)) continue;
            foreach (var component in Components(font, glyph)) pending.Push(component);
        }
        return used;
    }

    private static IEnumerable<int> Components(TrueTypeFont font, int glyph)
    {
        var (at, length) = Outline(font, glyph);
        if (length == 0 || font.Data.I16(at) >= 0) yield break;
        var p = at + 10;
        ushort flags;
        do
        {
            flags = font.Data.U16(p);
            yield return font.Data.U16(p + 2);
            p += 4 + ((flags & 0x1) != 0 ? 4 : 2);
            p += (flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
        }
        while ((flags & 0x20) != 0);
    }

    private static (byte[] Glyf, byte[] Loca) Outlines(TrueTypeFont font, SortedSet<int> used)
    {
        using var glyf = new MemoryStream();
        var loca = new byte[4 * (font.GlyphCount + 1)];
        for (var g = 0; g < font.GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)glyf.Length);
            if (!used.Contains(g)) continue;
            var (at, length) = Outline(font, g);
            glyf.Write(font.Data.Read(at, length));
            while (glyf.Length % 4 != 0) glyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * font.GlyphCount), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }
}
