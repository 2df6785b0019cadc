using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Linkage.Intake.Tests;

/// <summary>Small files that are what they claim by content (or deliberately not).</summary>
public static class Files
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1];
    public static readonly byte[] Text = Encoding.UTF8.GetBytes("not a scan, just text");

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static MultipartFormDataContent Form(params (string Code, string FileName, string ContentType, byte[] Content)[] parts)
    {
        var form = new MultipartFormDataContent();
        foreach (var (code, fileName, contentType, content) in parts)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, code, fileName);
        }
        return form;
    }
}
