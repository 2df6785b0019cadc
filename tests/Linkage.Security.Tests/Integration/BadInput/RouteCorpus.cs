using System.Net.Http.Headers;
using System.Text;

namespace Linkage.Security.Tests.BadInput;

/// <summary>The corpus for what has no JSON body: bad route values for each parameter, and files that are not what
/// their name and type say (a PNG called a PDF, a PDF called a PNG, a program called a PDF) or a catalogue file that is
/// not one.</summary>
public static class RouteCorpus
{
    public static readonly IReadOnlyList<(string Kind, string Value)> BadValues =
    [
        ("invalid ID", "not-an-id"), ("huge string", new string('x', 4000)), ("control characters", "%00%07%1B"),
        ("path traversal", "..%2F..%2Fetc%2Fpasswd"), ("overflowing number", "99999999999999999999999999.9"),
    ];

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static IEnumerable<BadInputCase> Files(string materialCode)
    {
        yield return new("mislabelled file: PNG as PDF", () => Multipart(materialCode, "form.pdf", "application/pdf", Png), [materialCode]);
        yield return new("mislabelled file: PDF as PNG", () => Multipart(materialCode, "photo.png", "image/png", Pdf), [materialCode]);
        yield return new("mislabelled file: program as PDF", () => Multipart(materialCode, "form.pdf", "application/pdf", Elf), [materialCode]);
        yield return new("not a form", () => new StringContent("{\"files\": []}", Encoding.UTF8, "application/json"), ["files"]);
    }

    public static IEnumerable<BadInputCase> Uploads()
    {
        yield return new("malformed JSON", () => new StringContent("{\"regions\": [", Encoding.UTF8, "application/json"), []);
        yield return new("program as CSV", () => Bytes(Elf, "text/csv"), []);
        yield return new("control characters in CSV", () => new StringContent("[regions]\ncode,name,parentCode\n35\u0000,\u0007,\n", Encoding.UTF8, "text/csv"), []);
    }

    private static MultipartFormDataContent Multipart(string name, string fileName, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, name, fileName } };
    }

    private static ByteArrayContent Bytes(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
