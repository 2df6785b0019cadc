using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Linkage.Certificates.Signing;

/// <summary>Encrypts signing keys at rest with AES-256-GCM (nonce ‖ ciphertext ‖ tag, the key id as associated
/// data, so a ciphertext cannot be moved to another key row). The key-encryption key is the certificates module's
/// own secret <c>Linkage:Certificates:SealKeyEncryptionKey</c> (base64, 32 bytes; <c>KeyEncryptionKey</c> is the
/// older name), given to the certificates pods only. Where a deployment has not set one, it is derived with
/// HKDF-SHA256 from <c>Linkage:PersonalIdKey</c>, as every key sealed before the separation was; those keys stay
/// readable through that fallback until they are rotated (docs/decisions/0313).</summary>
public sealed class KeyVault
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] kek;
    private readonly byte[]? legacyKek;

    public KeyVault(IConfiguration configuration)
    {
        var configured = configuration["Linkage:Certificates:SealKeyEncryptionKey"] is { Length: > 0 } seal
            ? seal
            : configuration["Linkage:Certificates:KeyEncryptionKey"];
        legacyKek = configuration["Linkage:PersonalIdKey"] is { Length: > 0 } secret ? Derived(secret) : null;
        kek = !string.IsNullOrWhiteSpace(configured) ? Convert.FromBase64String(configured)
            : legacyKek ?? throw new InvalidOperationException(
                "Linkage:Certificates:SealKeyEncryptionKey (or, for old deployments, Linkage:PersonalIdKey) must be configured.");
        if (kek.Length != 32) throw new InvalidOperationException("The key-encryption key must be 32 bytes.");
    }

    public byte[] Encrypt(string keyId, byte[] privateKey)
    {
        var sealedKey = new byte[NonceSize + privateKey.Length + TagSize];
        var nonce = sealedKey.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(kek, TagSize);
        aes.Encrypt(nonce, privateKey, sealedKey.AsSpan(NonceSize, privateKey.Length), sealedKey.AsSpan(NonceSize + privateKey.Length), Encoding.ASCII.GetBytes(keyId));
        return sealedKey;
    }

    public byte[] Decrypt(string keyId, byte[] sealedKey)
    {
        try
        {
            return Decrypt(kek, keyId, sealedKey);
        }
        catch (AuthenticationTagMismatchException) when (legacyKek is not null && !legacyKek.AsSpan().SequenceEqual(kek))
        {
            return Decrypt(legacyKek, keyId, sealedKey); // sealed before the separation
        }
    }

    private static byte[] Decrypt(byte[] key, string keyId, byte[] sealedKey)
    {
        var length = sealedKey.Length - NonceSize - TagSize;
        var privateKey = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize, length), sealedKey.AsSpan(NonceSize + length), privateKey, Encoding.ASCII.GetBytes(keyId));
        return privateKey;
    }

    private static byte[] Derived(string personalIdKey) => HKDF.DeriveKey(HashAlgorithmName.SHA256,
        Convert.FromBase64String(personalIdKey), 32, info: Encoding.ASCII.GetBytes("linkage/certificates/signing-key-encryption"));
}
