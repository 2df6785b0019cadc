using System.Security.Cryptography;

namespace Linkage.Fees.Features.Pay;

/// <summary>The online provider signs each callback body with HMAC-SHA256 under the key shared with us
/// (<c>Linkage:Fees:ProviderKey</c>, base64) and sends it hex-encoded in <see cref="Header"/>.</summary>
public sealed class ProviderSignature(byte[]? key)
{
    public const string Header = "X-Provider-Signature";

    public bool Configured => key is { Length: >= 32 };

    public string Sign(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(HMACSHA256.HashData(key!, body));

    public bool Holds(ReadOnlySpan<byte> body, string? signature)
    {
        if (!Configured || signature is null) return false;
        try
        {
            return CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key!, body), Convert.FromHexString(signature));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
