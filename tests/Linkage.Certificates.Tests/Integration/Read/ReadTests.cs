using System.Net;
using Linkage.Kernel;

namespace Linkage.Certificates.Tests.Integration;

public sealed class ReadTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    [Theory]
    [InlineData("clerk", HttpStatusCode.OK)]
    [InlineData("supervisor-city", HttpStatusCode.OK)]
    [InlineData("resident", HttpStatusCode.OK)]
    [InlineData("other-county-clerk", HttpStatusCode.NotFound)]
    [InlineData("town-clerk", HttpStatusCode.NotFound)]
    [InlineData("other-resident", HttpStatusCode.NotFound)]
    [InlineData("agent", HttpStatusCode.OK)]                     // the village station that took the case in
    [InlineData("reviewer-scjg", HttpStatusCode.OK)]             // its department reviewed the case
    [InlineData("reviewer-gaj", HttpStatusCode.NotFound)]        // no task on it
    [InlineData("chief", HttpStatusCode.OK)]
    public async Task A_certificate_is_read_by_the_handling_subtree_and_its_holder_only(string demoUser, HttpStatusCode expected)
    {
        var approved = await fixture.Cases.PublishAsync();
        var identifier = (await fixture.Host.CertificateOfAsync(approved.CaseId)).GetProperty("identifier").GetString();
        using var client = fixture.Host.CreateClient(demoUser);

        Assert.Equal(expected, (await client.GetAsync($"/api/certificates/{identifier}")).StatusCode);
        if (expected == HttpStatusCode.NotFound) // the PDF of a readable certificate: PrintTests
            Assert.Equal(expected, (await client.GetAsync($"/api/certificates/{identifier}/document")).StatusCode);
        var list = (await client.GetJsonAsync($"/api/certificates?caseId={approved.CaseId}")).Items();
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, list.GetArrayLength());
    }

    [Fact]
    public async Task Verification_is_public_and_shows_the_holder_masked()
    {
        var approved = await fixture.Cases.PublishAsync();
        var identifier = (await fixture.Host.CertificateOfAsync(approved.CaseId)).GetProperty("identifier").GetString();
        using var anonymous = fixture.Host.CreateClient();

        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify/{identifier}");

        Assert.Equal("valid", verified.GetProperty("status").GetString());
        Assert.Equal("陈*华", verified.GetProperty("applicant").GetProperty("name").GetString());
        Assert.Equal("350926********0020", verified.GetProperty("applicant").GetProperty("maskedId").GetString());
        Assert.Equal(fixture.Cases.Implementation.Licence.TypeName, verified.GetProperty("typeName").GetString());
        Assert.DoesNotContain("陈美华", verified.GetRawText());
    }

    [Fact]
    public async Task A_wrong_check_character_or_a_malformed_identifier_is_422_naming_identifier()
    {
        var approved = await fixture.Cases.PublishAsync();
        var identifier = (await fixture.Host.CertificateOfAsync(approved.CaseId)).GetProperty("identifier").GetString()!;
        var wrongCheck = identifier[..^1] + (identifier[^1] == 'A' ? 'B' : 'A');
        using var anonymous = fixture.Host.CreateClient();

        foreach (var bad in new[] { wrongCheck, "LIC-2026-0001" })
        {
            var problem = await (await anonymous.GetAsync($"/api/certificates/verify/{bad}")).JsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty("identifier", out _), problem.GetRawText());
        }
    }

    [Fact]
    public async Task A_well_formed_unknown_identifier_is_404()
    {
        var licence = fixture.Cases.Implementation.Licence;
        var unknown = LicenceIdentifier.Create(licence.TypeCode, licence.IssuerCreditCode, 99_999_999, 1).ToString();
        using var anonymous = fixture.Host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/certificates/verify/{unknown}")).StatusCode);
    }

    [Fact]
    public async Task The_identifier_route_leaves_the_module_openapi_document_alone() // listed under /api/v1 (decision 0553)
    {
        using var anonymous = fixture.Host.CreateClient();

        var document = await anonymous.GetJsonAsync("/api/certificates/openapi.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/certificates/verify/{identifier}", out _));
    }

    [Fact]
    public async Task A_malformed_case_id_is_422_naming_caseId()
    {
        using var clerk = fixture.Host.CreateClient("clerk");

        var problem = await (await clerk.GetAsync("/api/certificates?caseId=nope")).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("caseId", out _));
    }
}
