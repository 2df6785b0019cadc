using System.Text;
using Linkage.Kernel.Crypto;

namespace Linkage.Kernel.Tests.Crypto;

public sealed class Sm2SigningKeyTests
{
    [Fact]
    public async Task Reused_signers_sign_each_content_so_that_only_it_verifies()
    {
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var key = new Sm2SigningKey(privateKey);
        var contents = Enumerable.Range(0, 64).Select(i => Encoding.UTF8.GetBytes($"柘荣县 case {i}")).ToArray();

        // concurrent callers share the kept signers, each taking one at a time
        var signatures = await Task.WhenAll(contents.Select(c => Task.Run(() => key.Sign(c))));

        for (var i = 0; i < contents.Length; i++)
        {
            Assert.True(Sm2.Verify(publicKey, contents[i], signatures[i]));
            Assert.False(Sm2.Verify(publicKey, contents[(i + 1) % contents.Length], signatures[i]));
        }
        Assert.Equal(signatures.Length, signatures.Select(Convert.ToBase64String).Distinct().Count());
    }

    [Fact]
    public void A_kept_public_key_still_tells_one_key_from_another()
    {
        var (first, firstPrivate) = Sm2.GenerateKeyPair();
        var (second, _) = Sm2.GenerateKeyPair();
        var content = "宁德市"u8.ToArray();
        var signature = new Sm2SigningKey(firstPrivate).Sign(content);

        Assert.True(Sm2.Verify(first, content, signature));
        Assert.False(Sm2.Verify(second, content, signature));
        Assert.True(Sm2.Verify(first, content, signature));
        Assert.False(Sm2.Verify([4, 1, 2], content, signature));
    }
}
