using System.Security.Cryptography;
using System.Text;

namespace Linkage.Kernel;

/// <summary>Keyed digest of an ID number (the <c>idn_digest</c> claim): modules can match a person without
/// storing the number. The key is a deployment secret; without it the digest cannot be brute-forced.</summary>
public static class PersonalIdDigest
{
    /// <summary>Lowercase hex HMAC-SHA256 of the UTF-8 ID number. Normalise first (upper-case X):
    /// the digest of "…x" differs from "…X".</summary>
    public static string Compute(string normalisedIdNumber, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(normalisedIdNumber);
        if (key.IsEmpty) throw new ArgumentException("The personal ID key must not be empty.", nameof(key));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalisedIdNumber)));
    }
}
