using System.Net;
using Linkage.Testing;

namespace Linkage.Intake.Tests;

/// <summary>The slips and notices as printable PDFs: Chinese text a reader can extract, the case number, and a QR code
/// a scanner decodes to the case's status URL; scoped like the case.</summary>
public sealed class CaseDocumentTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private async Task<(string Id, string CaseNumber)> SubmitOnlineAsync(IEnumerable<string>? materials = null)
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (status, body) = await resident.CallAsync("/api/intake/cases", Applications.FoodPermitFor(materials: materials));
        Assert.Equal(HttpStatusCode.Created, status);
        return (body.Str("id"), body.Str("caseNumber"));
    }

    private async Task<byte[]> PdfAsync(string user, string id, string kind)
    {
        using var client = fixture.Host.CreateClient(user);
        using var response = await client.GetAsync($"/api/intake/cases/{id}/documents/{kind}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_acceptance_slip_prints_the_case_in_chinese_with_a_qr_code_to_its_status()
    {
        var (id, caseNumber) = await SubmitOnlineAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.CallAsync($"/api/intake/cases/{id}/acceptance", null)).Status);

        var pdf = await PdfAsync("resident", id, "acceptance-slip");

        var text = await PdfInspection.TextAsync(pdf);
        foreach (var expected in new[] { "受理通知书", caseNumber, "陈美华", "350926********0020", "本机关决定予以受理", "承诺办结日期" })
            Assert.Contains(expected, text);
        Assert.DoesNotContain(Applications.ResidentId, text);
        Assert.Contains("CID TrueType", await PdfInspection.FontsAsync(pdf));
        Assert.Equal([$"http://localhost:8080/api/intake/cases/{id}"], await PdfInspection.QrCodesAsync(pdf));
    }

    [Fact]
    public async Task The_missing_materials_notice_lists_everything_missing()
    {
        var (id, caseNumber) = await SubmitOnlineAsync(["application-form"]);
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK,
            (await clerk.CallAsync($"/api/intake/cases/{id}/material-requests", new { materials = new[] { "application-form" } })).Status);

        var text = await PdfInspection.TextAsync(await PdfAsync("clerk", id, "missing-materials-notice"));

        Assert.Contains("补正材料一次性告知书", text);
        Assert.Contains(caseNumber, text);
        foreach (var missing in new[] { "id-copy", "premises-plan", "health-certificate" }) Assert.Contains(missing, text);
    }

    [Fact]
    public async Task The_refusal_notice_states_the_reason_and_the_appeal_rights()
    {
        var (id, _) = await SubmitOnlineAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK,
            (await clerk.CallAsync($"/api/intake/cases/{id}/refusal", new { reason = "申请事项不属于本机关职权范围" })).Status);

        var pdf = await PdfAsync("resident", id, "refusal-notice");

        var text = await PdfInspection.TextAsync(pdf);
        Assert.Contains("不予受理通知书", text);
        Assert.Contains("申请事项不属于本机关职权范围", text);
        Assert.Contains("行政复议", text);
        Assert.Equal([$"http://localhost:8080/api/intake/cases/{id}"], await PdfInspection.QrCodesAsync(pdf));
    }

    [Theory]
    [InlineData("other-resident", "acceptance-slip")]
    [InlineData("other-county-clerk", "acceptance-slip")]
    [InlineData("resident", "refusal-notice")]
    [InlineData("resident", "birth-certificate")]
    public async Task Out_of_scope_or_a_document_the_case_does_not_have_is_404(string user, string kind)
    {
        var (id, _) = await SubmitOnlineAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.CallAsync($"/api/intake/cases/{id}/acceptance", null)).Status);
        using var client = fixture.Host.CreateClient(user);

        using var response = await client.GetAsync($"/api/intake/cases/{id}/documents/{kind}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
