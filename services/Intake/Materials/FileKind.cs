namespace Linkage.Intake.Materials;

/// <summary>What a file is by its first bytes (magic numbers), never by its name: PDF, JPEG or PNG.</summary>
public static class FileKind
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static string? Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(Pdf) ? "application/pdf"
        : head.StartsWith(Png) ? "image/png"
        : head.StartsWith(Jpeg) ? "image/jpeg"
        : null;

    /// <summary>The declared type, if any, must agree with the content: a PNG sent as application/pdf is mislabelled.</summary>
    public static bool Agrees(string? declared, string detected) =>
        string.IsNullOrEmpty(declared) || declared == "application/octet-stream"
        || string.Equals(declared, detected, StringComparison.OrdinalIgnoreCase)
        || (detected == "image/jpeg" && string.Equals(declared, "image/jpg", StringComparison.OrdinalIgnoreCase));
}
