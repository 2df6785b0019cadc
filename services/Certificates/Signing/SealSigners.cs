using Linkage.Kernel.Crypto;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Certificates.Signing;

/// <summary>A ready signer per org unit key, kept in the process's memory cache under the key's id: the key is taken
/// out of the vault and its signers initialised once, not for every licence (decision 0592). A key id names one key
/// for good (the vault seals the private key to its id), so a rotation needs no invalidation to be correct: the new
/// active key has a new id. The retired key's signer is dropped at rotation, and any signer nobody used for an hour
/// leaves memory.</summary>
public sealed class SealSigners(KeyVault vault, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) };

    /// <summary>Signs with the key <paramref name="keyId"/>, opening <paramref name="sealedKey"/> (its row's encrypted
    /// private key) only when no signer of it is kept.</summary>
    public byte[] Seal(string keyId, byte[] sealedKey, byte[] content) =>
        cache.GetOrCreate(Key(keyId), entry =>
        {
            entry.SetOptions(Entry);
            return new Sm2SigningKey(vault.Decrypt(keyId, sealedKey));
        })!.Sign(content);

    public void Forget(string keyId) => cache.Remove(Key(keyId));

    private static (string, string) Key(string keyId) => ("certificates-seal-signer", keyId);
}
