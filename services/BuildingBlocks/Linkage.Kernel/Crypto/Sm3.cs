using Org.BouncyCastle.Crypto.Digests;

namespace Linkage.Kernel.Crypto;

/// <summary>SM3 (GB/T 32905) digests, 32 bytes, with BouncyCastle.</summary>
public static class Sm3
{
    public const int Length = 32;

    /// <summary>The digest of <paramref name="tag"/> followed by <paramref name="parts"/>: one tag per kind of input keeps
    /// the digests of different kinds apart (a Merkle tree's leaves and inner nodes, say).</summary>
    public static byte[] Hash(byte tag, params ReadOnlySpan<byte[]> parts)
    {
        var digest = new SM3Digest();
        digest.Update(tag);
        foreach (var part in parts) digest.BlockUpdate(part, 0, part.Length);
        var hash = new byte[Length];
        digest.DoFinal(hash, 0);
        return hash;
    }
}
