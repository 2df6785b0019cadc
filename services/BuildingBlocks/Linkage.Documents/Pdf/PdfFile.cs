using System.IO.Compression;
using System.Text;

namespace Linkage.Documents.Pdf;

/// <summary>The objects of a PDF file, written with a cross-reference table. Object numbers start at 1.</summary>
internal sealed class PdfFile
{
    private readonly List<byte[]> objects = [];

    public int Reserve()
    {
        objects.Add([]);
        return objects.Count;
    }

    public int Add(string body) => Set(Reserve(), body);

    public int Set(int number, string body)
    {
        objects[number - 1] = Encoding.ASCII.GetBytes(body);
        return number;
    }

    /// <summary>A Flate-compressed stream; <paramref name="entries"/> are extra dictionary entries.</summary>
    public int AddStream(byte[] content, string entries = "")
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(content);
        var head = Encoding.ASCII.GetBytes($"<< /Length {packed.Length} /Filter /FlateDecode {entries} >>\nstream\n");
        objects.Add([.. head, .. packed.ToArray(), .. "\nendstream"u8]);
        return objects.Count;
    }

    public byte[] Write(int catalog, int info)
    {
        using var file = new MemoryStream();
        file.Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            file.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            file.Write(objects[i]);
            file.Write("\nendobj\n"u8);
        }
        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return file.ToArray();
    }
}
