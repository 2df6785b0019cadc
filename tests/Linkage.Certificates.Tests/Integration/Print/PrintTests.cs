using System.Net;
using System.Net.Http.Json;
using Linkage.Testing;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>The printable licence: Chinese text a reader extracts, the holder's ID only masked, and a QR code that a
/// scanner decodes to the sealed verification payload, which public verification accepts.</summary>
public sealed class PrintTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    private async Task<System.Text.Json.JsonElement> IssuedAsync() =>
        await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);

    [Fact]
    public async Task The_pdf_prints_the_licence_with_a_qr_code_that_verifies()
    {
        var certificate = await IssuedAsync();
        var identifier = certificate.GetProperty("identifier").GetString()!;
        using var resident = fixture.Host.CreateClient("resident");

        using var response = await resident.GetAsync($"/api/certificates/{identifier}/document");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfInspection.TextAsync(pdf);
        foreach (var expected in new[]
        {
            fixture.Cases.Implementation.Licence.TypeName, certificate.GetProperty("number").GetString()!, "陈美华",
            "350926********0020", fixture.Cases.Implementation.MatterName, "有效期限", "发证机关代码",
        })
            Assert.Contains(expected, text);
        Assert.DoesNotContain(ApprovedCases.ResidentId, text);
        Assert.Contains("CID TrueType", await PdfInspection.FontsAsync(pdf));
        var qr = Assert.Single(await PdfInspection.QrCodesAsync(pdf));
        Assert.Equal(certificate.GetProperty("qrPayload").GetString(), qr);
        using var anonymous = fixture.Host.CreateClient();
        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify?qr={Uri.EscapeDataString(qr)}");
        Assert.Equal("valid", verified.GetProperty("status").GetString());
        Assert.True(verified.GetProperty("signatureValid").GetBoolean());
    }

    [Theory]
    [InlineData("other-county-clerk")]
    [InlineData("other-resident")]
    [InlineData("town-clerk")]
    public async Task Out_of_scope_is_404(string user)
    {
        var identifier = (await IssuedAsync()).GetProperty("identifier").GetString()!;
        using var client = fixture.Host.CreateClient(user);

        using var response = await client.GetAsync($"/api/certificates/{identifier}/document");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_certificate_is_not_printed()
    {
        var identifier = (await IssuedAsync()).GetProperty("identifier").GetString()!;
        using var chief = fixture.Host.CreateClient("chief");
        await (await chief.PostAsJsonAsync($"/api/certificates/{identifier}/revocation", new { reason = "虚假材料" }))
            .JsonAsync(HttpStatusCode.OK);
        using var clerk = fixture.Host.CreateClient("clerk");

        var problem = await (await clerk.GetAsync($"/api/certificates/{identifier}/document")).JsonAsync(HttpStatusCode.Conflict);

        Assert.Contains("revoked", problem.GetProperty("detail").GetString());
    }
}
