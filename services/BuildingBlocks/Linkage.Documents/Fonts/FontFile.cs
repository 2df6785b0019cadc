using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;

namespace Linkage.Documents.Fonts;

/// <summary>A font file mapped read-only from disk instead of read into the GC heap: the 16.8 MB WenQuanYi .ttc stayed
/// resident in the host's large-object heap for the process's life, while a document touches only the character map,
/// the metrics and the outlines of the glyphs it prints (docs/performance.md, decision 0694). TrueType and OpenType
/// store every number big-endian.</summary>
internal sealed class FontFile
{
    private readonly MemoryMappedViewAccessor view;

    private FontFile(MemoryMappedViewAccessor view) => this.view = view;

    /// <summary>Kept open for the process's life (<see cref="CjkFont"/> loads a font once per path).</summary>
    public static FontFile Map(string path)
    {
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        return new FontFile(file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read));
    }

    public ushort U16(int at) => BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(view.ReadUInt16(at)) : view.ReadUInt16(at);

    public short I16(int at) => (short)U16(at);

    public uint U32(int at) => BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(view.ReadUInt32(at)) : view.ReadUInt32(at);

    public string Tag(int at) => System.Text.Encoding.ASCII.GetString(Read(at, 4));

    public byte[] Read(int at, int length)
    {
        var bytes = new byte[length];
        view.ReadArray(at, bytes, 0, length);
        return bytes;
    }
}
