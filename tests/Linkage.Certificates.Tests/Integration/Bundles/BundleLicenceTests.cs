using System.Net;
using System.Text.Json;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Testing;
using BundleLeg = Linkage.Contracts.Events.Intake.BundleLeg;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>One-thing cases (一件事一次办): one merged licence keyed by the company's credit code, carrying each
/// leg's filing in its sealed content; a later bundle case of the company succeeds it; a bundle without a merged
/// licence gets the licences of its legs.</summary>
public sealed class BundleLicenceTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    private const string Centre = "ou-350926-centre";
    private const string MergedType = "11350000MB00001479900";
    private const string Issuer = "11350926MB00001255";
    private const string SoleTrader = "000122002000";

    [Fact]
    public async Task A_bundle_yields_one_merged_licence_keyed_by_credit_code_that_carries_and_seals_every_leg()
    {
        var creditCode = NewCreditCode();
        var approved = await fixture.Cases.PublishAsync(await BundleAsync(creditCode, merged: true));

        var certificate = await fixture.Host.CertificateOfAsync(approved.CaseId);

        Assert.StartsWith($"1.2.156.3005.2.{MergedType}.{Issuer}.", certificate.GetProperty("identifier").GetString());
        Assert.Equal(creditCode, certificate.GetProperty("holderCreditCode").GetString());
        Assert.Equal(approved.Filings!.Select(f => f.ImplementationCode), Legs(certificate).Select(l => l.GetProperty("implementationCode").GetString()));
        Assert.Equal(["dep-350926-scjg", "dep-350926-wsjk", "dep-350926-xfjy"],
            Legs(certificate)[0].GetProperty("approvingDepartments").EnumerateArray().Select(d => d.GetString()));
        var content = certificate.GetProperty("signedContent").GetString()!;
        Assert.Equal(2, content.Split('\n').Count(line => line.StartsWith("leg=", StringComparison.Ordinal)));
        using var anonymous = fixture.Host.CreateClient();
        var key = ((await anonymous.GetJsonAsync($"/api/certificates/keys/{Centre}")).Items()).EnumerateArray()
            .Single(k => k.GetProperty("keyId").GetString() == certificate.GetProperty("keyId").GetString());
        var signature = Convert.FromBase64String(certificate.GetProperty("signature").GetString()!);
        Assert.True(OfflineVerifier.Verify(key.GetProperty("publicKey").GetString()!, content, signature));
        Assert.False(OfflineVerifier.Verify(key.GetProperty("publicKey").GetString()!, content.Replace("dep-350926-wsjk", "dep-350926-mzj"), signature));
        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify/{certificate.GetProperty("identifier").GetString()}");
        Assert.True(verified.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(2, verified.GetProperty("legs").GetArrayLength());
        using var clerk = fixture.Host.CreateClient("clerk");
        using var pdf = await clerk.GetAsync($"/api/certificates/{certificate.GetProperty("identifier").GetString()}/document");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = await PdfInspection.TextAsync(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var filing in approved.Filings!) Assert.Contains(filing.MatterName, text);
        Assert.Contains(creditCode, text);
    }

    [Fact]
    public async Task A_second_bundle_case_of_the_company_succeeds_its_merged_licence()
    {
        var creditCode = NewCreditCode();
        var first = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync(await BundleAsync(creditCode, merged: true))).CaseId);

        var second = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync(await BundleAsync(creditCode, merged: true))).CaseId);

        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("identifier").GetString(), second.GetProperty("predecessorIdentifier").GetString());
        Assert.Equal(first.GetProperty("number").GetString(), second.GetProperty("number").GetString());
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM certificates.certificates WHERE \"HolderCreditCode\" = $1 AND \"Status\" = 'Valid'", creditCode));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM certificates.certificates WHERE \"HolderCreditCode\" = $1 AND \"Status\" = 'Superseded'", creditCode));
    }

    [Fact]
    public async Task A_bundle_without_a_merged_licence_gets_the_licence_of_each_leg_that_produces_one()
    {
        var creditCode = NewCreditCode();
        var approved = await fixture.Cases.PublishAsync(await BundleAsync(creditCode, merged: false));

        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            "SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", approved.CaseId) == 2);

        foreach (var leg in new[] { fixture.Cases.Implementation, await fixture.ImplementationOfAsync(SoleTrader) })
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1 AND \"MatterCode\" = $2 AND \"TypeCode\" = $3"
                + " AND \"Legs\" = '[]'::jsonb", approved.CaseId, leg.MatterCode, leg.Licence.TypeCode));
    }

    private static IReadOnlyList<JsonElement> Legs(JsonElement certificate) => certificate.GetProperty("legs").EnumerateArray().ToList();

    private static string NewCreditCode() => $"91350926MA{Random.Shared.Next(0, 99_999_999):D8}";

    private async Task<CaseApproved> BundleAsync(string creditCode, bool merged)
    {
        var legs = new[] { fixture.Cases.Implementation, await fixture.ImplementationOfAsync(SoleTrader) };
        var now = DateTimeOffset.UtcNow;
        var bundle = new BundleSummary("350926-YJS-COMPANY-START", 1, "开办餐饮店一件事",
            legs.Select(l => new BundleLeg(l.ImplementationCode, l.Version, l.MatterCode, l.MatterName)).ToList(),
            merged ? new BundleLicence(MergedType, "开办餐饮店综合许可证", Issuer, 5) : null);
        var filings = legs.Select(l => new LegFiling(l.ImplementationCode, l.Version, l.MatterCode, l.MatterName,
            l.Departments.Select(d => d.DepartmentId).Order(StringComparer.Ordinal).ToList(), now)).ToList();
        return fixture.Cases.New() with
        {
            MatterCode = bundle.BundleCode, MatterName = bundle.BundleName, ImplementationCode = bundle.BundleCode, ImplementationVersion = 1,
            HolderName = "柘荣县美华餐饮有限公司", HolderMaskedId = creditCode, HolderKind = "organisation", HolderCreditCode = creditCode,
            Bundle = bundle, Filings = filings,
        };
    }
}
