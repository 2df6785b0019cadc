using Linkage.Certificates.Domain;
using Linkage.Kernel;

namespace Linkage.Certificates.Tests.Unit;

public sealed class CertificateIssueTests
{
    [Fact]
    public void A_new_certificate_has_a_checkable_identifier_of_version_one()
    {
        var certificate = Certificates.Issue(serial: 2430599);

        Assert.True(LicenceIdentifier.TryParse(certificate.Identifier, out _, out var error), error);
        Assert.StartsWith($"1.2.156.3005.2.{Certificates.TypeCode}.{Certificates.Issuer}.", certificate.Identifier);
        Assert.Equal(1, certificate.Version);
        Assert.Null(certificate.PredecessorId);
        Assert.Equal(CertificateStatus.Valid, certificate.Status);
        Assert.Null(certificate.Signature);
    }

    [Fact]
    public void The_issue_date_is_the_date_in_China()
    {
        // 17:30 UTC on 31 Aug is 01:30 on 1 Sep in Beijing.
        var certificate = Certificates.Issue(issuedAt: new DateTimeOffset(2025, 8, 31, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 9, 1), certificate.IssuedOn);
        Assert.Equal(new DateOnly(2030, 8, 31), certificate.ValidUntil);
    }

    [Fact]
    public void Different_serials_give_different_identifiers()
    {
        Assert.NotEqual(Certificates.Issue(serial: 1).Identifier, Certificates.Issue(serial: 2).Identifier);
    }
}
