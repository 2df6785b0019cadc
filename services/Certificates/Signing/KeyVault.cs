using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Linkage.Certificates.Signing;

/// <summary>Encrypts signing keys at rest with AES-256-GCM (nonce ‖ ciphertext ‖ tag, the key id as associated
/// data, so a ciphertext cannot be moved to another key row). The key-encryption key is
/// <c>Linkage:Certificates:KeyEncryptionKey</c> (base64, 32 bytes) or, where a deployment has not set one, derived
/// with HKDF-SHA256 from the deployment secret <c>Linkage:PersonalIdKey</c> under a label of its own.</summary>
public sealed class KeyVault
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] kek;

    public KeyVault(IConfiguration configuration)
    {
        var configured = configuration["Linkage:Certificates:KeyEncryptionKey"];
        if (!string.IsNullOrWhiteSpace(configured)) kek = Convert.FromBase64String(configured);
        else
        {
            var secret = configuration["Linkage:PersonalIdKey"]
                ?? throw new InvalidOperationException("Linkage:Certificates:KeyEncryptionKey or Linkage:PersonalIdKey must be configured.");
            kek = HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(secret), 32,
                info: Encoding.ASCII.GetBytes("linkage/certificates/signing-key-encryption"));
        }
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
        var length = sealedKey.Length - NonceSize - TagSize;
        var privateKey = new byte[length];
        using var aes = new AesGcm(kek, TagSize);
        aes.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize, length), sealedKey.AsSpan(NonceSize + length), privateKey, Encoding.ASCII.GetBytes(keyId));
        return privateKey;
    }
}
