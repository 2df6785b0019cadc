using System.Net;
using System.Net.Http.Json;

namespace Linkage.Certificates.Tests.Integration;

public sealed class LifeCycleTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    [Fact]
    public async Task Revocation_takes_a_reason_and_an_authorised_role_in_scope_and_happens_once()
    {
        var certificate = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);
        var identifier = certificate.GetProperty("identifier").GetString()!;
        var path = $"/api/certificates/{identifier}/revocation";
        using var clerk = fixture.Host.CreateClient("clerk");
        using var otherCounty = fixture.Host.CreateClient("other-county-clerk");
        using var chief = fixture.Host.CreateClient("chief");

        var noReason = await (await chief.PostAsJsonAsync(path, new { reason = " " })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["reason"], noReason.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await (await clerk.PostAsJsonAsync(path, new { reason = "虚假材料" })).JsonAsync(HttpStatusCode.Forbidden);
        await (await otherCounty.PostAsJsonAsync(path, new { reason = "虚假材料" })).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("CertificateRevoked", identifier));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"Identifier\" = $1 AND \"Status\" = 'Valid'", identifier));

        var revoked = await (await chief.PostAsJsonAsync(path, new { reason = "以欺骗手段取得许可（《行政许可法》第六十九条）" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("revoked", revoked.GetProperty("status").GetString());
        await (await chief.PostAsJsonAsync(path, new { reason = "again" })).JsonAsync(HttpStatusCode.Conflict);
        using var anonymous = fixture.Host.CreateClient();
        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify/{identifier}");
        Assert.Equal("revoked", verified.GetProperty("status").GetString());
        Assert.True(verified.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(1, await CountAsync("CertificateRevoked", identifier));
    }

    [Fact]
    public async Task A_reissue_counts_the_version_up_links_the_predecessor_and_supersedes_it()
    {
        var first = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);
        var identifier = first.GetProperty("identifier").GetString()!;
        using var admin = SigningTests.AdminOf(fixture.Host, "ou-350926-centre");

        var next = await (await admin.PostAsJsonAsync($"/api/certificates/{identifier}/reissue", new { reason = "证照遗失补发" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, next.GetProperty("version").GetInt32());
        Assert.Equal(identifier, next.GetProperty("predecessorIdentifier").GetString());
        Assert.Equal(first.GetProperty("number").GetString(), next.GetProperty("number").GetString());
        var nextIdentifier = next.GetProperty("identifier").GetString()!;
        Assert.Contains(".002.", nextIdentifier);
        using var anonymous = fixture.Host.CreateClient();
        var old = await anonymous.GetJsonAsync($"/api/certificates/verify/{identifier}");
        Assert.Equal("superseded", old.GetProperty("status").GetString());
        Assert.Equal(nextIdentifier, old.GetProperty("supersededBy").GetString());
        Assert.True(old.GetProperty("signatureValid").GetBoolean());
        var current = await anonymous.GetJsonAsync($"/api/certificates/verify/{nextIdentifier}");
        Assert.Equal("valid", current.GetProperty("status").GetString());
        Assert.True(current.GetProperty("signatureValid").GetBoolean());
        await (await admin.PostAsJsonAsync($"/api/certificates/{identifier}/reissue", new { reason = "again" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("CertificateIssued", nextIdentifier));
    }

    [Fact]
    public async Task Delivery_to_the_village_station_is_confirmed_by_its_agent()
    {
        var approved = await fixture.Cases.PublishAsync();
        var identifier = (await fixture.Host.CertificateOfAsync(approved.CaseId)).GetProperty("identifier").GetString()!;
        var path = $"/api/certificates/{identifier}/delivery";
        using var clerk = fixture.Host.CreateClient("clerk");
        using var agent = fixture.Host.CreateClient("agent");
        using var townClerk = fixture.Host.CreateClient("town-clerk");

        var noAddress = await (await clerk.PostAsJsonAsync(path, new { method = "mail" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noAddress.GetProperty("errors").TryGetProperty("mailAddress", out _));
        await (await agent.PostAsJsonAsync(path + "/status", new { status = "delivered" })).JsonAsync(HttpStatusCode.NotFound);
        var arranged = await (await clerk.PostAsJsonAsync(path, new { method = "village-station" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("ou-350926100201-station", arranged.GetProperty("destinationOrgUnitId").GetString());
        Assert.Equal("arranged", arranged.GetProperty("status").GetString());
        await (await clerk.PostAsJsonAsync(path, new { method = "window" })).JsonAsync(HttpStatusCode.Conflict);
        await (await townClerk.PostAsJsonAsync(path + "/status", new { status = "delivered" })).JsonAsync(HttpStatusCode.NotFound);

        await (await clerk.PostAsJsonAsync(path + "/status", new { status = "dispatched" })).JsonAsync(HttpStatusCode.OK);
        var delivered = await (await agent.PostAsJsonAsync(path + "/status", new { status = "delivered" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("delivered", delivered.GetProperty("status").GetString());
        await (await agent.PostAsJsonAsync(path + "/status", new { status = "delivered" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("CertificateDelivered", identifier));
        Assert.Equal("delivered", (await agent.GetJsonAsync(path)).GetProperty("status").GetString());
    }

    private Task<long> CountAsync(string eventName, string identifier) => fixture.CountAsync(
        "SELECT count(*) FROM certificates.outbox_messages WHERE message_type LIKE $1 AND payload::text LIKE $2",
        $"%.{eventName}%", $"%{identifier}%");
}
