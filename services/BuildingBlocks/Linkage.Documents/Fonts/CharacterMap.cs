namespace Linkage.Documents.Fonts;

/// <summary>Reads a font's Unicode 'cmap' subtable (format 12 when present, else format 4) into code point → glyph.</summary>
internal static class CharacterMap
{
    public static Dictionary<int, int> Read(FontFile data, int cmap)
    {
        int? format4 = null, format12 = null;
        for (var i = 0; i < data.U16(cmap + 2); i++)
        {
            var record = cmap + 4 + 8 * i;
            var (platform, encoding) = (data.U16(record), data.U16(record + 2));
            var subtable = cmap + (int)data.U32(record + 4);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            if (data.U16(subtable) == 12) format12 = subtable;
            else if (data.U16(subtable) == 4) format4 = subtable;
        }
        if (format12 is { } f12) return Format12(data, f12);
        if (format4 is { } f4) return Format4(data, f4);
        throw new InvalidDataException("The font has no Unicode character map.");
    }

    private static Dictionary<int, int> Format12(FontFile data, int at)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < data.U32(at + 12); i++)
        {
            var group = at + 16 + 12 * i;
            var (first, last, glyph) = ((int)data.U32(group), (int)data.U32(group + 4), (int)data.U32(group + 8));
            for (var c = first; c <= last; c++) map[c] = glyph + c - first;
        }
        return map;
    }

    private static Dictionary<int, int> Format4(FontFile data, int at)
    {
        var map = new Dictionary<int, int>();
        var segments = data.U16(at + 6) / 2;
        var (ends, starts) = (at + 14, at + 16 + 2 * segments);
        var (deltas, offsets) = (starts + 2 * segments, starts + 4 * segments);
        for (var s = 0; s < segments; s++)
        {
            var (end, start) = (data.U16(ends + 2 * s), data.U16(starts + 2 * s));
            var (delta, rangeOffset) = (data.I16(deltas + 2 * s), data.U16(offsets + 2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : data.U16(offsets + 2 * s + rangeOffset + 2 * (c - start)) is var g and not 0 ? (g + delta) & 0xFFFF : 0;
                if (glyph != 0) map[c] = glyph;
            }
        }
        return map;
    }
}
