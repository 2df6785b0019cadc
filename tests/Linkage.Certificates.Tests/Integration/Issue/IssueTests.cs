using Linkage.Kernel;

namespace Linkage.Certificates.Tests.Integration;

public sealed class IssueTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    [Fact]
    public async Task An_approved_case_gets_a_certificate_with_a_checkable_identifier_and_its_metadata()
    {
        var approved = await fixture.Cases.PublishAsync();

        var certificate = await fixture.Host.CertificateOfAsync(approved.CaseId);

        var licence = fixture.Cases.Implementation.Licence;
        var identifier = certificate.GetProperty("identifier").GetString();
        Assert.True(LicenceIdentifier.TryParse(identifier, out _, out var error), error);
        Assert.StartsWith($"1.2.156.3005.2.{licence.TypeCode}.{licence.IssuerCreditCode}.", identifier);
        Assert.Equal(licence.TypeName, certificate.GetProperty("typeName").GetString());
        Assert.Equal(licence.IssuerCreditCode, certificate.GetProperty("issuerCreditCode").GetString());
        Assert.Equal("valid", certificate.GetProperty("status").GetString());
        Assert.Equal(1, certificate.GetProperty("version").GetInt32());
        Assert.False(certificate.TryGetProperty("predecessorId", out _));
        Assert.Equal("陈美华", certificate.GetProperty("applicant").GetProperty("name").GetString());
        Assert.Equal("350926********0020", certificate.GetProperty("applicant").GetProperty("maskedId").GetString());
        Assert.Equal(approved.MatterCode, certificate.GetProperty("matterCode").GetString());
        var issuedOn = DateOnly.Parse(certificate.GetProperty("issuedOn").GetString()!);
        Assert.Equal(ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), issuedOn);
        var issuedAt = certificate.GetProperty("issuedAt").GetDateTimeOffset();
        Assert.InRange(DateTimeOffset.UtcNow - issuedAt, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(issuedOn, ChinaTime.ToLocalDate(issuedAt));
        if (licence.ValidityYears > 0)
            Assert.Equal(issuedOn.AddYears(licence.ValidityYears).AddDays(-1), DateOnly.Parse(certificate.GetProperty("validUntil").GetString()!));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM certificates.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE '%.CertificateIssued,%'",
            approved.CaseId.ToString()));
        await fixture.Host.Eventually(async () => await LicencesDueAsync(approved.CaseId) == 1); // supervision watches issuance (0596)
    }

    [Fact]
    public async Task A_redelivered_or_repeated_CaseApproved_issues_nothing_new()
    {
        var messageId = Guid.NewGuid();
        var approved = await fixture.Cases.PublishAsync(messageId: messageId);
        await fixture.Host.CertificateOfAsync(approved.CaseId);

        var repeatId = Guid.NewGuid();
        await fixture.Cases.PublishAsync(approved, messageId);
        await fixture.Cases.PublishAsync(approved, repeatId);
        await fixture.Host.Eventually(async () => await InboxTakenAsync(repeatId, Issuing) == 1);

        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", approved.CaseId));
        Assert.Equal(1, await InboxTakenAsync(messageId, Issuing));
    }

    [Fact]
    public async Task A_matter_that_produces_no_licence_gets_no_certificate()
    {
        var subsistence = await fixture.ImplementationOfAsync(ApprovedCases.Subsistence); // 最低生活保障: a payment, no licence
        Assert.False(subsistence.Licence?.Produces ?? false);
        var messageId = Guid.NewGuid();
        var approved = await fixture.Cases.PublishAsync(fixture.Cases.New(subsistence), messageId);

        await fixture.Host.Eventually(async () => await InboxTakenAsync(messageId, Issuing) + await InboxTakenAsync(messageId, Due) == 2);

        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", approved.CaseId));
        Assert.Equal(0, await LicencesDueAsync(approved.CaseId)); // so supervision never cards its issuance
    }

    [Fact]
    public async Task Certificates_issued_at_once_by_one_issuer_get_distinct_consecutive_serials()
    {
        const int count = 8;
        var cases = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => fixture.Cases.PublishAsync()));
        var issued = await Task.WhenAll(cases.Select(c => fixture.Host.CertificateOfAsync(c.CaseId)));

        var serials = issued.Select(c => long.Parse(c.GetProperty("identifier").GetString()!.Split('.')[7])).Order().ToList();
        Assert.Equal(count, serials.Distinct().Count());
        Assert.Equal(count - 1, serials[^1] - serials[0]);
        Assert.Equal(count, issued.Select(c => c.GetProperty("number").GetString()).Distinct().Count());
    }

    private const string Issuing = "CaseApprovedConsumer", Due = "LicenceDueConsumer";

    /// <summary>Whether one of certificates' two consumers of CaseApproved (issuing, licence due) took the message.</summary>
    private Task<long> InboxTakenAsync(Guid messageId, string consumer) => fixture.CountAsync(
        "SELECT count(*) FROM certificates.inbox_messages WHERE message_id = $1 AND consumer LIKE '%.' || $2", messageId, consumer);

    private Task<long> LicencesDueAsync(Guid caseId) => fixture.CountAsync(
        "SELECT count(*) FROM certificates.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE '%.LicenceDue,%'", caseId.ToString());
}
