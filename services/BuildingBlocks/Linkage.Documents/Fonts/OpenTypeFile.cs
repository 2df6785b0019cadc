using System.Buffers.Binary;
using System.Text;

namespace Linkage.Documents.Fonts;

/// <summary>Writes an sfnt file (TrueType outlines) from its tables, sorted by tag, 4-byte aligned, with checksums.</summary>
internal static class OpenTypeFile
{
    public static byte[] Write(IReadOnlyDictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var entrySelector = (int)Math.Floor(Math.Log2(tags.Count));
        var searchRange = 16 * (1 << entrySelector);
        using var file = new MemoryStream();
        var header = new byte[12 + 16 * tags.Count];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)tags.Count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)(16 * tags.Count - searchRange));
        var offset = header.Length;
        for (var i = 0; i < tags.Count; i++)
        {
            var record = header.AsSpan(12 + 16 * i);
            var data = tables[tags[i]];
            Encoding.ASCII.GetBytes(tags[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }
        file.Write(header);
        foreach (var data in tags.Select(t => tables[t]))
        {
            file.Write(data);
            file.Write(new byte[((data.Length + 3) & ~3) - data.Length]);
        }
        return file.ToArray();
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data.AsSpan(i, Math.Min(4, data.Length - i)).CopyTo(word);
            sum += BinaryPrimitives.ReadUInt32BigEndian(word);
        }
        return sum;
    }
}
