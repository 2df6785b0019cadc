using System.Buffers.Text;
using Linkage.Kernel;

namespace Linkage.Certificates.Signing;

/// <summary>What the QR code carries: the identifier and the seal, <c>&lt;identifier&gt;~&lt;base64url(r‖s)&gt;</c>
/// (about 150 characters: a version-7 QR code at level M). Anyone can check the seal against the published key.</summary>
public static class QrPayload
{
    public const char Separator = '~';

    public static string Create(string identifier, byte[] signature) => identifier + Separator + Base64Url.EncodeToString(signature);

    public static bool TryParse(string? payload, out LicenceIdentifier identifier, out byte[] signature, out string? error)
    {
        (identifier, signature, error) = (default, [], null);
        var parts = (payload ?? "").Split(Separator);
        if (parts.Length != 2) return Fail("Expected <identifier>~<signature>.", out error);
        if (!LicenceIdentifier.TryParse(parts[0], out identifier, out var identifierError))
            return Fail(identifierError ?? "Not a licence identifier.", out error);
        signature = new byte[Base64Url.GetMaxDecodedLength(parts[1].Length)];
        if (!Base64Url.TryDecodeFromChars(parts[1], signature, out var written) || written != 64)
            return Fail("The signature is not 64 bytes of base64url.", out error);
        signature = signature[..written];
        return true;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
