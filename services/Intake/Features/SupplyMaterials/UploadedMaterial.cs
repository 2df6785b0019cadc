using System.Security.Cryptography;
using Linkage.Intake.Materials;

namespace Linkage.Intake.Features.SupplyMaterials;

/// <summary>One file part, read and checked: the part's name is the material code; the type comes from the content.</summary>
public sealed record UploadedMaterial(string Code, string FileName, string ContentType, byte[] Content, string Sha256)
{
    public static async Task<UploadedMaterial?> ReadAsync(IFormFile part, long maxBytes, IReadOnlyList<string> awaited, FieldErrors errors, CancellationToken ct)
    {
        var field = part.Name;
        if (!awaited.Contains(part.Name))
            return Fail(errors.Add(field, $"'{part.Name}' is not among the materials this case is waiting for."));
        if (part.Length == 0 || part.Length > maxBytes)
            return Fail(errors.Add(field, $"A file of 1 to {maxBytes} bytes is required."));

        var content = new byte[part.Length];
        await using (var stream = part.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
        var kind = FileKind.Detect(content);
        if (kind is null) return Fail(errors.Add(field, "Only PDF, JPEG and PNG files are accepted (checked by content)."));
        if (!FileKind.Agrees(part.ContentType, kind))
            return Fail(errors.Add(field, $"The file is labelled {part.ContentType} but its content is {kind}."));
        var name = Path.GetFileName(part.FileName);
        return new(part.Name, name.Length > 255 ? name[..255] : name, kind, content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static UploadedMaterial? Fail(FieldErrors _) => null;
}
