using System.Security.Cryptography;
using Linkage.Certificates.Signing;
using Linkage.Kernel.Crypto;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Linkage.Certificates.Tests.Unit;

public sealed class SealSignerTests
{
    private readonly KeyVault vault = new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Linkage:PersonalIdKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    }).Build());

    [Fact]
    public async Task A_keys_signer_is_opened_once_shared_by_concurrent_seals_and_dropped_when_forgotten()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var signers = new SealSigners(vault, cache);
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var sealedKey = vault.Encrypt("ou-1#a", privateKey);
        var contents = Enumerable.Range(0, 32).Select(i => System.Text.Encoding.UTF8.GetBytes($"licence {i}")).ToArray();

        var seals = await Task.WhenAll(contents.Select(c => Task.Run(() => signers.Seal("ou-1#a", sealedKey, c))));

        for (var i = 0; i < contents.Length; i++) Assert.True(Sm2.Verify(publicKey, contents[i], seals[i]));
        // kept: the sealed key is not opened again (a corrupt one would not open)
        byte[] corrupt = [.. sealedKey[..^1], (byte)(sealedKey[^1] ^ 1)];
        Assert.True(Sm2.Verify(publicKey, contents[0], signers.Seal("ou-1#a", corrupt, contents[0])));

        signers.Forget("ou-1#a");

        Assert.ThrowsAny<CryptographicException>(() => signers.Seal("ou-1#a", corrupt, contents[0]));
        Assert.True(Sm2.Verify(publicKey, contents[1], signers.Seal("ou-1#a", sealedKey, contents[1])));
    }

    [Fact]
    public void A_rotated_key_seals_with_its_own_signer_and_never_with_the_retired_one()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var signers = new SealSigners(vault, cache);
        var (retiredPublic, retiredPrivate) = Sm2.GenerateKeyPair();
        var (activePublic, activePrivate) = Sm2.GenerateKeyPair();
        var content = "柘荣县 licence"u8.ToArray();
        var before = signers.Seal("ou-1#a", vault.Encrypt("ou-1#a", retiredPrivate), content);

        var after = signers.Seal("ou-1#b", vault.Encrypt("ou-1#b", activePrivate), content);

        Assert.True(Sm2.Verify(retiredPublic, content, before));
        Assert.True(Sm2.Verify(activePublic, content, after));
        Assert.False(Sm2.Verify(retiredPublic, content, after));
    }
}
