using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Certificates.Domain;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Certificates.Signing;
using Linkage.Certificates.Tests.Unit;
using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Federation;
using Linkage.Kernel.Crypto;
using Linkage.Messaging;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>At the town's deployment, which keeps the county's licence for its station (decisions 0625, 0528): the
/// hand-over checks the holder by this deployment's own keyed digest, and the county's revocation or re-issue, applied
/// after the copy and once, stops the hand-over (422 on <c>identifier</c>); a company's collector is named and is its
/// legal representative, checked against the one recorded at intake (0672), or holds an authorisation letter (0659); a second hand-over is a 409 on <c>status</c> (0658). The events are handed to the handlers as the
/// federation dispatcher would after their signatures were checked (tests/Linkage.Federation.Tests carries them over
/// real links).</summary>
public sealed class StationCopyChangeTests : IAsyncLifetime
{
    private const string HolderId = "350926198503120020", SameMaskedId = "350926198503040020", Station = "350926100201";
    private const string Company = "91350100M000100Y43", OtherCompany = "91350926MA2Y00001G";
    private const string CollectorId = "11010519491231002X", CollectorMasked = "110105********002X", Letter = "柘荣美华〔2026〕3号";
    private static readonly (string?, string?, string?) Authorised = ("林志强", "authorised", Letter);
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("catalog,certificates", configure: s =>
        s["Linkage:Serves"] = "350926100000");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Another_id_with_the_holders_masked_form_is_refused_on_idNumber_and_the_holders_is_taken()
    {
        var (copy, _) = await ReceiveAsync();
        using var agent = host.CreateClient("agent");

        var refused = await (await HandOverAsync(agent, copy.Identifier, SameMaskedId)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["idNumber"], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.DoesNotContain(SameMaskedId, refused.GetRawText());
        Assert.Equal("arranged", (await agent.GetJsonAsync($"/api/certificates/{copy.Identifier}/delivery")).GetProperty("status").GetString());

        await (await HandOverAsync(agent, copy.Identifier, HolderId)).JsonAsync(HttpStatusCode.OK);
        using var holder = host.CreateClient("resident");                      // the digest is this deployment's: the holder reads it
        Assert.Equal(copy.Identifier, (await holder.GetJsonAsync($"/api/certificates/{copy.Identifier}")).GetProperty("identifier").GetString());
    }

    [Fact]
    public async Task A_revocation_waits_for_its_copy_is_applied_once_and_stops_the_hand_over_on_identifier()
    {
        var (original, sealKey) = Sealed();
        var revoked = Change(original, CertificateStatusChanged.Revoked, "以欺骗手段取得许可");
        var revocation = Envelope(original.Identifier, 2);
        await Assert.ThrowsAsync<FederationEarlyException>(() => HandleAsync(revocation, revoked));   // before its copy: parked

        await HandleAsync(Envelope(original.Identifier, 1), ForStation(original, sealKey));
        await HandleAsync(revocation, revoked);
        await HandleAsync(revocation, revoked);                                                      // redelivered: applied once
        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Envelope(original.Identifier, 2), revoked)); // replayed

        using var agent = host.CreateClient("agent");
        var view = await agent.GetJsonAsync($"/api/certificates/{original.Identifier}");
        Assert.Equal("revoked", view.GetProperty("status").GetString());
        var refused = await (await HandOverAsync(agent, original.Identifier, HolderId)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["identifier"], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("arranged", (await agent.GetJsonAsync($"/api/certificates/{original.Identifier}/delivery")).GetProperty("status").GetString());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_log WHERE action = 'certificate.copy-revoked' AND target_id = @id", original.Identifier));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM certificates.outbox_messages WHERE kind = 'federation' AND subject = @id", original.Identifier));
        Assert.Equal(1, await CountAsync(Announced("CertificateRevoked"), original.Identifier));   // the station's case hears it once (0626)
    }

    [Fact]
    public async Task A_reissue_supersedes_the_copy_and_the_hand_over_names_the_new_licence()
    {
        var (original, sealKey) = await ReceiveAsync();
        var next = original.Reissue("持证人更名", DateTimeOffset.UtcNow);
        next.SignWith(original.KeyId!, c => Sm2.Sign(PrivateKeys[original.KeyId!], CanonicalContent.Of(c)), next.IssuedAt);

        await HandleAsync(Envelope(next.Identifier, 1), ForStation(next, sealKey));
        await HandleAsync(Envelope(original.Identifier, 2), Change(original, CertificateStatusChanged.Superseded, null, next.Identifier));

        using var agent = host.CreateClient("agent");
        Assert.Equal("superseded", (await agent.GetJsonAsync($"/api/certificates/{original.Identifier}")).GetProperty("status").GetString());
        var refused = await (await HandOverAsync(agent, original.Identifier, HolderId)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(next.Identifier, refused.GetProperty("errors").GetProperty("identifier")[0].GetString());
        using var anonymous = host.CreateClient();
        Assert.Equal(next.Identifier, (await anonymous.GetJsonAsync($"/api/certificates/verify/{original.Identifier}")).GetProperty("supersededBy").GetString());
        await (await HandOverAsync(agent, next.Identifier, HolderId)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, await CountAsync(Announced("CertificateRevoked"), original.Identifier));   // superseded is no revocation
    }

    [Fact]
    public async Task A_companys_licence_is_handed_over_on_its_credit_code_to_a_collector_whose_id_is_kept_masked()
    {
        var (copy, _) = await ReceiveAsync(Company);
        using var agent = host.CreateClient("agent");

        foreach (var (idNumber, creditCode, by, field) in new (string? IdNumber, string? CreditCode, (string?, string?, string?) By, string Field)[]
        {
            (CollectorId, null, Authorised, "creditCode"), (CollectorId, OtherCompany, Authorised, "creditCode"),
            (CollectorId, HolderId, Authorised, "creditCode"), (null, Company, Authorised, "idNumber"),
            ("350926198503120021", Company, Authorised, "idNumber"), (CollectorId, Company, (null, "authorised", Letter), "collectorName"),
            (CollectorId, Company, ("林志强", null, null), "collectorRole"),          // neither the legal representative nor authorised
            (CollectorId, Company, ("林志强", "authorised", null), "authorisationLetter"), // authorised, but no letter shown
        })
        {
            var refused = await (await HandOverAsync(agent, copy.Identifier, idNumber, creditCode, by)).JsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal([field], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
            Assert.DoesNotContain(HolderId, refused.GetRawText());
        }
        Assert.Equal("arranged", (await agent.GetJsonAsync($"/api/certificates/{copy.Identifier}/delivery")).GetProperty("status").GetString());

        await (await HandOverAsync(agent, copy.Identifier, CollectorId, Company.ToLowerInvariant(), Authorised)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("delivered", (await agent.GetJsonAsync($"/api/certificates/{copy.Identifier}/delivery")).GetProperty("status").GetString());
        Assert.Equal(1, await CountAsync($"""
            SELECT count(*) FROM audit.audit_log WHERE action = 'certificate.delivery-delivered' AND target_id = @id
            AND detail::text LIKE '%{CollectorMasked}%' AND detail::text LIKE '%{Company}%' AND detail::text NOT LIKE '%{CollectorId}%'
            """, copy.Identifier));
        Assert.Equal(1, await CountAsync($"""
            SELECT count(*) FROM certificates.outbox_messages WHERE kind = 'federation' AND subject = @id
            AND payload::text LIKE '%{CollectorMasked}%' AND payload::text LIKE '%{Letter}%' AND payload::text NOT LIKE '%{CollectorId}%'
            """, copy.Identifier));                                        // up to the county: who collected, masked, on which letter
        Assert.Equal(1, await CountAsync($"""
            SELECT count(*) FROM audit.audit_log WHERE action = 'certificate.delivery-delivered' AND target_id = @id
            AND detail->>'name' = '林志强' AND detail->>'authorisationLetter' = '{Letter}'
            """, copy.Identifier));
    }

    [Fact]
    public async Task A_companys_legal_representative_recorded_at_intake_collects_without_a_letter_and_a_second_hand_over_is_a_conflict_on_status()
    {
        var (copy, _) = await ReceiveAsync(Company, new LegalRepresentative("林美华", CollectorMasked, host.DigestOf(CollectorId)));
        using var agent = host.CreateClient("agent");

        foreach (var (idNumber, by, field) in new (string, (string?, string?, string?), string)[]
        {
            (CollectorId, ("林美华", "legal-representative", Letter), "authorisationLetter"), // a letter is for someone authorised
            (HolderId, ("林美华", "legal-representative", null), "collectorRole"),     // not the representative intake recorded (0672)
            (CollectorId, ("林志强", "legal-representative", null), "collectorName"),   // the representative's ID, another name
        })
        {
            var refused = await (await HandOverAsync(agent, copy.Identifier, idNumber, Company, by)).JsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal([field], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
            Assert.DoesNotContain(idNumber, refused.GetRawText());
        }
        await (await HandOverAsync(agent, copy.Identifier, CollectorId, Company, ("林美华", "legal-representative", null))).JsonAsync(HttpStatusCode.OK);

        var again = await (await HandOverAsync(agent, copy.Identifier, CollectorId, Company, Authorised)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("status", again.GetProperty("field").GetString());
        Assert.Equal(1, await CountAsync($"""
            {Announced("CertificateDelivered")} AND payload::text LIKE '%{CollectorMasked}%' AND payload::text LIKE '%林美华%'
            AND payload::text NOT LIKE '%{Letter}%' AND payload::text NOT LIKE '%{CollectorId}%'
            """, copy.Identifier));                                        // the station's own case hears it once (0658)
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM certificates.outbox_messages WHERE kind = 'federation' AND subject = @id",
            copy.Identifier));
    }

    [Fact]
    public async Task A_persons_licence_still_needs_the_holders_own_id_whatever_credit_code_comes_with_it()
    {
        var (copy, _) = await ReceiveAsync();
        using var agent = host.CreateClient("agent");

        var refused = await (await HandOverAsync(agent, copy.Identifier, CollectorId, Company)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["idNumber"], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await (await HandOverAsync(agent, copy.Identifier, HolderId, Company)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_change_to_an_unknown_status_or_from_another_issuer_is_refused_and_changes_nothing()
    {
        var (copy, _) = await ReceiveAsync();

        await Assert.ThrowsAsync<FederationRefusedException>(() =>
            HandleAsync(Envelope(copy.Identifier, 2), Change(copy, "cancelled", null)));
        await Assert.ThrowsAsync<FederationRefusedException>(() =>
            HandleAsync(Envelope(copy.Identifier, 2), Change(copy, CertificateStatusChanged.Revoked, "x") with { HandlingDivision = "350921000000" }));

        Assert.Equal(1, await CountAsync("""SELECT count(*) FROM certificates.certificates WHERE "Identifier" = @id AND "Status" = 'Valid'""", copy.Identifier));
    }

    private static readonly Dictionary<string, byte[]> PrivateKeys = [];

    private static (Certificate Original, byte[] SealKey) Sealed(string? holderCreditCode = null)
    {
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        var keyId = $"ou-350926-centre#{Guid.NewGuid():N}";
        lock (PrivateKeys) PrivateKeys[keyId] = privateKey;
        var original = Unit.Certificates.Issue(serial: Random.Shared.NextInt64(1, 1_000_000_000), issuedAt: DateTimeOffset.UtcNow,
            holderCreditCode: holderCreditCode);
        original.SignWith(keyId, c => Sm2.Sign(privateKey, CanonicalContent.Of(c)), original.IssuedAt);
        return (original, publicKey);
    }

    /// <summary>A licence of the county, sealed, and its copy received here.</summary>
    private async Task<(Certificate Original, byte[] SealKey)> ReceiveAsync(string? holderCreditCode = null, LegalRepresentative? representative = null)
    {
        var sealedLicence = Sealed(holderCreditCode);
        await HandleAsync(Envelope(sealedLicence.Original.Identifier, 1),
            ForStation(sealedLicence.Original, sealedLicence.SealKey) with { HolderRepresentative = representative });
        return sealedLicence;
    }

    private CertificateForStation ForStation(Certificate c, byte[] sealKey) =>
        c.ForStation(Station, sealKey) with { HolderIdDigest = host.DigestOf(c.HolderCreditCode ?? HolderId) };

    private static CertificateStatusChanged Change(Certificate c, string status, string? reason, string? successor = null) =>
        new(c.Identifier, c.CaseId, c.HandlingDivision, status, reason, successor, DateTimeOffset.UtcNow);

    private static FederationEvent Envelope(string subject, long sequence) => new()
    {
        Id = Guid.NewGuid().ToString(), Source = "/linkage/county-350926", Type = "", Subject = subject, TargetDivision = "350926100201",
        Sequence = sequence, Signer = "county-350926",
    };

    private async Task HandleAsync(FederationEvent envelope, CertificateForStation copy)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CertificateForStationHandler>()
            .HandleAsync(Typed(envelope, CertificateForStation.Type, copy), copy, CancellationToken.None);
    }

    private async Task HandleAsync(FederationEvent envelope, CertificateStatusChanged change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CertificateStatusChangedHandler>()
            .HandleAsync(Typed(envelope, CertificateStatusChanged.Type, change), change, CancellationToken.None);
    }

    private static FederationEvent Typed<T>(FederationEvent envelope, string type, T payload) =>
        envelope with { Type = type, Data = JsonSerializer.SerializeToElement(payload, MessageJson.Options) };

    private static Task<HttpResponseMessage> HandOverAsync(HttpClient agent, string identifier, string? idNumber, string? creditCode = null,
        (string? Name, string? Role, string? Letter) by = default) =>
        agent.PostAsJsonAsync($"/api/certificates/{identifier}/delivery/status", new
        {
            status = "delivered", idNumber, creditCode, collectorName = by.Name, collectorRole = by.Role, authorisationLetter = by.Letter,
        });

    private static string Announced(string eventName) =>
        $"SELECT count(*) FROM certificates.outbox_messages WHERE message_type LIKE '%.{eventName}%' AND payload::text LIKE '%' || @id || '%'";

    private async Task<long> CountAsync(string sql, string id)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
