using System.Net;
using System.Text.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Testing;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>A company's licence, issued by the county for a case taken in at the village station, is handed over there
/// on the company's credit code to a person whose ID is checked and kept masked, named, on an authorisation letter whose
/// number is recorded; the county records the delivery and who collected (decisions 0627, 0659), the station's case too; the legal representative
/// recorded at intake came down with the copy and refuses anyone else claiming to be it (0672); the county's case names the agent (0672).</summary>
[Collection(TiersCollection.Name)]
public sealed class StationCompanyLicenceTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);
    private const string Company = "91350100M000100Y43", OtherCompany = "91350926MA2Y00001G";
    private const string CollectorId = "11010519491231002X", CollectorMasked = "110105********002X", Letter = "柘荣美华〔2026〕3号";
    private static readonly (string?, string?, string?) Authorised = ("林志强", "authorised", Letter);

    [Fact]
    public async Task A_companys_licence_is_handed_over_at_the_station_on_its_credit_code_and_the_county_records_the_masked_collector()
    {
        var caseId = await SubmitAtStationAsync(tiers.Town.Host, new
        {
            kind = "organisation", name = "柘荣县美华食品有限公司", creditCode = Company,
            legalRepresentative = new { name = "陈美华", idNumber = StationLicence.HolderId },
        });
        await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, caseId), Crossing);
        await ApproveAtCountyAsync(tiers.County.Host, caseId);
        var identifier = (await tiers.County.Host.Eventually(() => CertificateAsync(tiers.County.Host, caseId), Crossing))!;
        using var agent = tiers.Town.Host.CreateClient("agent");
        await tiers.Town.Host.Eventually(() => StationLicence.PrintAsync(agent, identifier), Crossing);

        foreach (var (idNumber, creditCode, by, field) in new (string? IdNumber, string? CreditCode, (string?, string?, string?) By, string Field)[]
        {
            (CollectorId, OtherCompany, Authorised, "creditCode"), (CollectorId, null, Authorised, "creditCode"), (null, Company, Authorised, "idNumber"),
            (CollectorId, Company, default, "collectorName"), (CollectorId, Company, ("林志强", "authorised", null), "authorisationLetter"),
            (CollectorId, Company, ("林志强", "legal-representative", null), "collectorRole"), // not the one recorded at intake (0672)
        })
        {
            var refused = await (await StationLicence.HandOverAsync(agent, identifier, idNumber, creditCode, by)).JsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal([field], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
        Assert.Equal("arranged", await StationLicence.DeliveryStatusAsync(agent, identifier));

        await (await StationLicence.HandOverAsync(agent, identifier, CollectorId, Company, Authorised)).JsonAsync(HttpStatusCode.OK);
        using var countySupervisor = tiers.County.Host.CreateClient("supervisor-county");
        await tiers.County.Host.Eventually(async () => await StationLicence.DeliveryStatusAsync(countySupervisor, identifier) == "delivered", Crossing);
        Assert.Equal(1, await CountAsync(tiers.County.Host, $"""
            SELECT count(*) FROM audit.audit_log WHERE action = 'certificate.delivery-delivered' AND target_id = @id
            AND detail->>'recipient' = '{CollectorMasked}' AND detail::text NOT LIKE '%{CollectorId}%'
            AND detail->>'name' = '林志强' AND detail->>'authorisationLetter' = '{Letter}'
            """, identifier));                                                  // who collected, masked, on which letter, at the county too
        var atCounty = (await tiers.County.Host.Eventually(async () =>
            (await CaseAsync(tiers.County.Host, "supervisor-county", caseId)).TryGetProperty("certificateDelivery", out var d)
                && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null, Crossing))!.Value;
        Assert.Equal(("village-station", "林秀英（溪坪村代办员）"), (atCounty.GetProperty("method").GetString(),
            atCounty.GetProperty("byName").GetString()));                       // the agent's name came up too, as the station shows it (0672)
        var collected = (await tiers.Town.Host.Eventually(async () =>
            (await CaseAsync(tiers.Town.Host, "agent", caseId)).TryGetProperty("certificateDelivery", out var d)
                ? d : (JsonElement?)null, Crossing))!.Value;                     // and the station's own case (0658)
        Assert.Equal((CollectorMasked, "林志强", Letter), (collected.GetProperty("recipientMaskedId").GetString(),
            collected.GetProperty("recipientName").GetString(), collected.GetProperty("authorisationLetter").GetString()));
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }
}
