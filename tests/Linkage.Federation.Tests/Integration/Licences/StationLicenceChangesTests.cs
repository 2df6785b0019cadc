using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Testing;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>What the county does to a licence after it went down reaches the station's copy (decision 0528): a re-issue
/// supersedes it and comes down as a new copy, whose identifier the station's case then shows; a revocation stops its
/// hand-over and shows on the station's case and its notice (0626); and the station checks the holder by its own keyed
/// digest, not only the masked ID.</summary>
[Collection(TiersCollection.Name)]
public sealed class StationLicenceChangesTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    /// <summary>The holder's masked form (350926********0020) with another birth date: the masked check alone took it.</summary>
    private const string SameMaskedId = "350926198503040020";

    [Fact]
    public async Task A_reissue_and_a_revocation_at_the_county_reach_the_station_copy_in_order_and_once_and_stop_its_hand_over()
    {
        var caseId = await SubmitAtStationAsync(tiers.Town.Host);
        await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, caseId), Crossing);
        await ApproveAtCountyAsync(tiers.County.Host, caseId);
        var first = (await tiers.County.Host.Eventually(() => CertificateAsync(tiers.County.Host, caseId), Crossing))!;
        using var agent = tiers.Town.Host.CreateClient("agent");
        await tiers.Town.Host.Eventually(() => StationLicence.PrintAsync(agent, first), Crossing);

        var sameMasked = await (await StationLicence.HandOverAsync(agent, first, SameMaskedId)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["idNumber"], sameMasked.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        using var holder = tiers.Town.Host.CreateClient("resident");          // the town's digest: the holder reads the copy there
        Assert.Equal(first, (await holder.GetJsonAsync($"/api/certificates/{first}")).GetProperty("identifier").GetString());

        using var countyAdmin = tiers.County.Host.CreateClient("hall-admin");
        var reissued = await (await countyAdmin.PostAsJsonAsync($"/api/certificates/{first}/reissue", new { reason = "持证人更名" }))
            .JsonAsync(HttpStatusCode.OK);
        var second = reissued.GetProperty("identifier").GetString()!;
        await tiers.Town.Host.Eventually(async () => await CopyStatusAsync(agent, first) == "superseded" ? true : (bool?)null, Crossing);
        await tiers.Town.Host.Eventually(() => StationLicence.PrintAsync(agent, second), Crossing);
        await tiers.Town.Host.Eventually(async () => await CertificateAsync(tiers.Town.Host, caseId) == second ? true : (bool?)null, Crossing);
        var stale = await (await StationLicence.HandOverAsync(agent, first, StationLicence.HolderId)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(second, stale.GetProperty("errors").GetProperty("identifier")[0].GetString());
        Assert.Equal("arranged", await StationLicence.DeliveryStatusAsync(agent, first));
        Assert.Equal("arranged", await StationLicence.DeliveryStatusAsync(agent, second));

        await (await countyAdmin.PostAsJsonAsync($"/api/certificates/{second}/revocation", new { reason = "以欺骗手段取得许可" })).JsonAsync(HttpStatusCode.OK);
        await tiers.Town.Host.Eventually(async () => await CopyStatusAsync(agent, second) == "revoked" ? true : (bool?)null, Crossing);
        var revoked = await (await StationLicence.HandOverAsync(agent, second, StationLicence.HolderId)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["identifier"], revoked.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("arranged", await StationLicence.DeliveryStatusAsync(agent, second));
        var shown = await tiers.Town.Host.Eventually(async () =>
            (await CaseAsync(tiers.Town.Host, "agent", caseId)).TryGetProperty("certificateRevocation", out var r)
                ? (JsonElement?)r : null, Crossing);                        // the station's own case shows it (0626)
        Assert.Equal(second, shown!.Value.GetProperty("identifier").GetString());
        Assert.Equal("以欺骗手段取得许可", shown.Value.GetProperty("reason").GetString());
        var station = await CaseAsync(tiers.Town.Host, "agent", caseId);
        Assert.Equal(("completed", second), (station.GetProperty("status").GetString(), CertificateOf(station)));
        Assert.Contains("已撤销", await PdfInspection.TextAsync(await StationLicence.ResultNoticeAsync(agent, caseId)));
        Assert.Equal(1, await CountAsync(tiers.Town.Host,
            "SELECT count(*) FROM certificates.outbox_messages WHERE message_type LIKE '%.CertificateRevoked%' AND payload::text LIKE '%' || @id || '%'",
            second));                                                          // announced once at the town

        foreach (var (identifier, action) in new[] { (first, "certificate.copy-superseded"), (second, "certificate.copy-revoked") })
        {
            Assert.Equal(1, await CountAsync(tiers.Town.Host, $"SELECT count(*) FROM audit.audit_log WHERE action = '{action}' AND target_id = @id", identifier));
            Assert.Equal(2, await CountAsync(tiers.County.Host,
                "SELECT count(*) FROM certificates.outbox_messages WHERE kind = 'federation' AND subject = @id", identifier)); // the copy, then its change
        }
        Assert.Equal(0, await CountAsync(tiers.County.Host, """
            SELECT count(*) FROM certificates.deliveries d JOIN certificates.certificates c ON c."Id" = d."CertificateId"
            WHERE c."CaseId" = @id AND d."Status" = 'Delivered'
            """, caseId));                                                     // nothing handed over
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }

    private static async Task<string?> CopyStatusAsync(HttpClient agent, string identifier)
    {
        using var response = await agent.GetAsync($"/api/certificates/{identifier}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString();
    }
}
