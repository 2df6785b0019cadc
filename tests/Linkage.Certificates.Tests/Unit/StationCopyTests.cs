using Linkage.Certificates.Domain;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Certificates.Signing;
using Linkage.Kernel.Crypto;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>The copy kept at the station's deployment (decision 0625): rebuilt from what crosses, its canonical content is
/// the sealed one; the hand-over's ID check matches the masked holder ID and never repeats the number.</summary>
public sealed class StationCopyTests
{
    private static (Certificate Original, byte[] PublicKey) Sealed()
    {
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var original = Certificates.Issue();
        original.SignWith("ou-350926-centre#1", c => Sm2.Sign(privateKey, CanonicalContent.Of(c)), original.IssuedAt);
        return (original, publicKey);
    }

    [Fact]
    public void The_copy_has_the_sealed_content_and_no_holder_digest()
    {
        var (original, publicKey) = Sealed();
        var sent = original.ForStation("350926100201", publicKey);

        var copy = Certificate.CopyOf(sent);

        Assert.Equal(CanonicalContent.Text(original), CanonicalContent.Text(copy));
        Assert.True(Sm2.Verify(publicKey, CanonicalContent.Of(copy), sent.Signature));
        Assert.Equal("", copy.Holder.IdDigest);
        Assert.Equal(original.SubmittedAtOrgUnitId, copy.SubmittedAtOrgUnitId);
    }

    [Fact]
    public void A_copy_altered_on_the_way_does_not_verify()
    {
        var (original, publicKey) = Sealed();
        var sent = original.ForStation("350926100201", publicKey) with { HolderName = "陈美" };

        Assert.False(Sm2.Verify(publicKey, CanonicalContent.Of(Certificate.CopyOf(sent)), sent.Signature));
    }

    [Fact]
    public void The_holders_id_is_accepted_and_kept_masked()
    {
        Assert.Null(StationHandOver.Refusal("350926198503120020", Certificates.Issue(), out var masked));
        Assert.Equal("350926********0020", masked);
    }

    [Theory]
    [InlineData("350926198001010016")]
    [InlineData("350926198503120021")]
    [InlineData("")]
    public void Another_or_a_malformed_id_is_refused_without_repeating_it(string idNumber)
    {
        var why = StationHandOver.Refusal(idNumber, Certificates.Issue(), out var masked);

        Assert.NotNull(why);
        Assert.Equal("", masked);
        if (idNumber.Length > 0) Assert.DoesNotContain(idNumber, why);
    }
}
