using System.Security.Cryptography;
using Linkage.Certificates.Signing;
using Linkage.Kernel.Crypto;
using Microsoft.Extensions.Configuration;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>Issue 20, hole 9: the seal keys' encryption key is the certificates module's own secret, not one derived
/// from the ID-digest secret every pod holds; keys sealed before the separation stay readable.</summary>
public sealed class KeyVaultTests
{
    private static readonly string PersonalIdKey = Key();
    private static readonly string SealKey = Key();

    [Fact]
    public void With_its_own_secret_a_sealed_key_cannot_be_opened_with_the_id_digest_secret()
    {
        var (_, privateKey) = Sm2.GenerateKeyPair();
        var sealedKey = Vault(PersonalIdKey, SealKey).Encrypt("ou-1#k1", privateKey);

        Assert.Equal(privateKey, Vault(null, SealKey).Decrypt("ou-1#k1", sealedKey));
        Assert.ThrowsAny<CryptographicException>(() => Vault(PersonalIdKey, null).Decrypt("ou-1#k1", sealedKey));
    }

    [Fact]
    public void A_key_sealed_before_the_separation_stays_readable()
    {
        var (_, privateKey) = Sm2.GenerateKeyPair();
        var before = Vault(PersonalIdKey, null).Encrypt("ou-1#k1", privateKey);

        Assert.Equal(privateKey, Vault(PersonalIdKey, SealKey).Decrypt("ou-1#k1", before));
        Assert.ThrowsAny<CryptographicException>(() => Vault(null, SealKey).Decrypt("ou-1#k1", before));
    }

    [Fact]
    public void Without_either_secret_the_vault_refuses_to_start() =>
        Assert.Throws<InvalidOperationException>(() => Vault(null, null));

    private static KeyVault Vault(string? personalIdKey, string? sealKey) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Linkage:PersonalIdKey"] = personalIdKey,
            ["Linkage:Certificates:SealKeyEncryptionKey"] = sealKey,
        }).Build());

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
