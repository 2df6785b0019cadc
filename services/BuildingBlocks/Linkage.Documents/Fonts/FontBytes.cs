using System.Buffers.Binary;

namespace Linkage.Documents.Fonts;

/// <summary>Big-endian reads over a font file (TrueType and OpenType store every number big-endian).</summary>
internal static class FontBytes
{
    public static ushort U16(this byte[] data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    public static short I16(this byte[] data, int at) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at));

    public static uint U32(this byte[] data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));

    public static string Tag(this byte[] data, int at) => System.Text.Encoding.ASCII.GetString(data, at, 4);
}
