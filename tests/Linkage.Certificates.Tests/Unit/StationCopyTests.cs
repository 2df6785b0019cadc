using System.Security.Cryptography;
using Linkage.Certificates.Domain;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Certificates.Signing;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Kernel.Crypto;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>The copy kept at the station's deployment (decisions 0625, 0528): rebuilt from what crosses, its canonical
/// content is the sealed one; the hand-over's ID check matches the masked holder ID and the station's own keyed digest,
/// and never repeats the number; a company's licence takes its credit code and the collector's valid ID (0627); the
/// issuer's revocation or supersession is taken once.</summary>
public sealed class StationCopyTests
{
    private const string HolderId = "350926198503120020";
    private static readonly byte[] StationKey = RandomNumberGenerator.GetBytes(32);

    private static string DigestOf(string idNumber) => PersonalIdDigest.Compute(idNumber, StationKey);

    private static (Certificate Original, byte[] PublicKey) Sealed(string? holderCreditCode = null)
    {
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var original = Certificates.Issue(holderCreditCode: holderCreditCode);
        original.SignWith("ou-350926-centre#1", c => Sm2.Sign(privateKey, CanonicalContent.Of(c)), original.IssuedAt);
        return (original, publicKey);
    }

    /// <summary>The copy as the station's deployment keeps it, with the digest it computed at intake.</summary>
    private static Certificate Copy(string? digest = null, string? creditCode = null)
    {
        var (original, publicKey) = Sealed(creditCode);
        return Certificate.CopyOf(original.ForStation("350926100201", publicKey) with { HolderIdDigest = digest ?? DigestOf(HolderId) }, null);
    }

    [Fact]
    public void The_copy_has_the_sealed_content_and_the_holder_digest_as_it_came_up_with_the_case()
    {
        var (original, publicKey) = Sealed();
        var sent = original.ForStation("350926100201", publicKey);

        var copy = Certificate.CopyOf(sent, null);

        Assert.Equal(CanonicalContent.Text(original), CanonicalContent.Text(copy));
        Assert.True(Sm2.Verify(publicKey, CanonicalContent.Of(copy), sent.Signature));
        Assert.Equal(original.Holder.IdDigest, copy.Holder.IdDigest);
        Assert.Equal(original.SubmittedAtOrgUnitId, copy.SubmittedAtOrgUnitId);
    }

    [Fact]
    public void A_copy_altered_on_the_way_does_not_verify()
    {
        var (original, publicKey) = Sealed();
        var sent = original.ForStation("350926100201", publicKey) with { HolderName = "陈美" };

        Assert.False(Sm2.Verify(publicKey, CanonicalContent.Of(Certificate.CopyOf(sent, null)), sent.Signature));
    }

    [Fact]
    public void The_holders_id_is_accepted_and_kept_masked()
    {
        Assert.Null(StationHandOver.Refusal(HolderId, null, Copy(), DigestOf, out var masked));
        Assert.Equal("350926********0020", masked);
    }

    [Fact]
    public void A_copy_sent_before_the_digest_came_down_is_checked_on_the_masked_form()
    {
        Assert.Null(StationHandOver.Refusal("350926198503040020", null, Copy(digest: ""), DigestOf, out var masked));
        Assert.Equal("350926********0020", masked);
    }

    [Theory]
    [InlineData("350926198001010016")]
    [InlineData("350926198503120021")]
    [InlineData("350926198503040020")] // the same masked form, another birth date: only the digest tells it apart
    [InlineData("")]
    public void Another_or_a_malformed_id_is_refused_without_repeating_it(string idNumber)
    {
        var why = StationHandOver.Refusal(idNumber, null, Copy(), DigestOf, out var masked);

        Assert.Equal("idNumber", why?.Field);
        Assert.Equal("", masked);
        if (idNumber.Length > 0) Assert.DoesNotContain(idNumber, why!.Value.Error);
    }

    [Theory]
    [InlineData("11010519491231002X", "91350100M000100Y43", null)]
    [InlineData("11010519491231002X", "91350100m000100y43", null)]    // as typed: the code is read in capitals
    [InlineData("11010519491231002X", "91350926MA2Y00001G", "creditCode")] // another company's valid code
    [InlineData("11010519491231002X", "350926198503120020", "creditCode")] // an ID number in the code's field
    [InlineData("11010519491231002X", null, "creditCode")]
    [InlineData(null, "91350100M000100Y43", "idNumber")]                 // who collects must show an ID card
    [InlineData("11010519491231002Y", "91350100M000100Y43", "idNumber")]
    public void A_companys_licence_takes_its_credit_code_and_a_valid_id_of_whoever_collects_it(string? idNumber, string? creditCode, string? field)
    {
        var why = StationHandOver.Refusal(idNumber, creditCode, Copy(creditCode: "91350100M000100Y43"), DigestOf, out var masked);

        Assert.Equal(field, why?.Field);
        Assert.Equal(field is null ? "110105********002X" : "", masked);
        foreach (var given in new[] { idNumber, creditCode }.OfType<string>()) Assert.DoesNotContain(given, why?.Error ?? "");
    }

    [Fact]
    public void The_issuers_revocation_is_taken_once_and_a_later_supersession_changes_nothing()
    {
        var copy = Copy();
        var at = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.FromHours(8));

        Assert.True(copy.FollowIssuer(Change(copy, CertificateStatusChanged.Revoked, "以欺骗手段取得", at)));
        Assert.False(copy.FollowIssuer(Change(copy, CertificateStatusChanged.Superseded, null, at.AddDays(1))));

        Assert.Equal(CertificateStatus.Revoked, copy.Status);
        Assert.Equal("以欺骗手段取得", copy.RevocationReason);
        Assert.Equal(at, copy.RevokedAt);
    }

    [Fact]
    public void A_supersession_takes_the_copy_out_of_valid()
    {
        var copy = Copy();

        Assert.True(copy.FollowIssuer(Change(copy, CertificateStatusChanged.Superseded, null, DateTimeOffset.UtcNow)));

        Assert.Equal(CertificateStatus.Superseded, copy.Status);
        Assert.Null(copy.RevokedAt);
    }

    private static CertificateStatusChanged Change(Certificate c, string status, string? reason, DateTimeOffset at) =>
        new(c.Identifier, c.CaseId, c.HandlingDivision, status, reason, null, at);
}
