using System.Text;

namespace Linkage.Kernel.Tests.Identity;

public sealed class PersonalIdDigestTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a deployment secret");

    [Fact]
    public void It_is_lower_case_hex_hmac_sha256()
    {
        // RFC 4231 test case 2
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            PersonalIdDigest.Compute("what do ya want for nothing?", "Jefe"u8));
    }

    [Fact]
    public void It_depends_on_the_key_and_on_the_exact_number()
    {
        var digest = PersonalIdDigest.Compute("11010519491231002X", Key);
        Assert.Equal(digest, PersonalIdDigest.Compute("11010519491231002X", Key));
        Assert.NotEqual(digest, PersonalIdDigest.Compute("11010519491231002X", "another secret"u8));
        Assert.NotEqual(digest, PersonalIdDigest.Compute("11010519491231002x", Key));
        Assert.DoesNotContain("11010519491231002X", digest);
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PersonalIdDigest.Compute("11010519491231002X", ReadOnlySpan<byte>.Empty));
    }
}
