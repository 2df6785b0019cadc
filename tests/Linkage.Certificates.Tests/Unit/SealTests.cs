using System.Security.Cryptography;
using Linkage.Certificates.Signing;
using Linkage.Kernel.Crypto;
using Microsoft.Extensions.Configuration;

namespace Linkage.Certificates.Tests.Unit;

public sealed class SealTests
{
    [Fact]
    public void The_canonical_content_is_the_documented_text_and_the_seal_covers_it()
    {
        var certificate = Certificates.Issue();
        certificate.SignWith("ou-1#k1", _ => [], DateTimeOffset.UnixEpoch);
        var text = CanonicalContent.Text(certificate);

        Assert.StartsWith("linkage-certificate/1\nidentifier=1.2.156.3005.2.", text);
        Assert.Contains("\nholderName=陈美华\n", text);
        Assert.EndsWith("\nkeyId=ou-1#k1", text);
        Assert.Equal(18, text.Split('\n').Length);

        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var seal = Sm2.Sign(privateKey, CanonicalContent.Of(certificate));
        Assert.Equal(64, seal.Length);
        Assert.True(Sm2.Verify(publicKey, CanonicalContent.Of(certificate), seal));
        Assert.False(Sm2.Verify(publicKey, System.Text.Encoding.UTF8.GetBytes(text.Replace("陈美华", "陈美芳")), seal));
        Assert.False(Sm2.Verify([1, 2, 3], CanonicalContent.Of(certificate), seal));
    }

    [Fact]
    public void Private_keys_are_sealed_to_their_key_id()
    {
        var vault = new KeyVault(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Linkage:PersonalIdKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }).Build());
        var (_, privateKey) = Sm2.GenerateKeyPair();

        var sealedKey = vault.Encrypt("k1", privateKey);

        Assert.False(sealedKey.AsSpan().IndexOf(privateKey) >= 0);
        Assert.Equal(privateKey, vault.Decrypt("k1", sealedKey));
        Assert.ThrowsAny<CryptographicException>(() => vault.Decrypt("k2", sealedKey));
    }
}
