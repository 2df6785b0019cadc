using System.Text;
using System.Text.Json;
using Linkage.Contracts.Federation;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Messaging;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>Decision 0548: trust is per event type. Each event below is signed with its sender's own key and speaks for
/// a division the sender serves, so only the type stops it: the town may send cases up but not a licence down, the
/// county may send status changes and licences down but not a case up to its town. Decision 0612: a type is bound to
/// its subtree, so the county, which speaks for the town's divisions in the roll-ups it relays, may not send materials
/// supplied at a town station up as its own. Each is quarantined with the reason, raises the receiver's red card, and
/// nothing of it is applied.</summary>
[Collection(TiersCollection.Name)]
public sealed class EventTypeTrustTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_licence_signed_by_the_town_is_quarantined_at_the_county_with_its_card()
    {
        var licence = Signed(tiers.Town, CertificateForStation.Type, "350926000000",
            new { identifier = $"LIC-{Guid.NewGuid():N}", handlingDivision = "350926100000", submittedAtDivision = "350926100000" });
        await RefusedAsync(tiers.County, tiers.Town, licence, "supervisor-county", "certificates");
    }

    [Fact]
    public async Task A_case_signed_by_the_county_is_quarantined_at_the_town_with_its_card()
    {
        var forwarded = Signed(tiers.County, CaseForwarded.Type, "350926100000",
            new { acceptance = new { caseId = Guid.NewGuid(), submittedAtDivision = "350926100201" }, forwardedAt = DateTimeOffset.UtcNow });
        await RefusedAsync(tiers.Town, tiers.County, forwarded, "supervisor-town", "intake");
    }

    [Fact]
    public async Task Materials_the_county_signs_for_a_town_station_are_quarantined_at_the_city_naming_type_and_division()
    {
        var supplied = Signed(tiers.County, CaseSupplied.Type, "350900000000", new
        {
            caseId = Guid.NewGuid(), caseNumber = "350926-T-1", submittedAtDivision = "350926100201", materials = new[] { "M1" },
            suppliedAt = DateTimeOffset.UtcNow,
        });
        await RefusedAsync(tiers.City, tiers.County, supplied, "supervisor-city", "intake",
            $"county-350926 may not send {CaseSupplied.Type} for 350926100201");
    }

    [Fact]
    public async Task A_case_the_city_signs_for_the_town_is_relayed_through_the_county_and_quarantined_at_the_town()
    {
        // from the city's linkage.out over the county's linkage.in → linkage.out relay (max-hops 2, decision 0646)
        var forwarded = Signed(tiers.City, CaseForwarded.Type, "350926100000",
            new { acceptance = new { caseId = Guid.NewGuid(), submittedAtDivision = "350926100201" }, forwardedAt = DateTimeOffset.UtcNow });
        await RefusedAsync(tiers.Town, tiers.City, forwarded, "supervisor-town", "intake");
    }

    [Fact]
    public async Task A_status_change_the_town_signs_for_the_city_is_relayed_up_through_the_county_and_quarantined_at_the_city()
    {
        // from the town's linkage.out over the county's relay of the city's part (Linkage:Federation:Relays, 0670)
        var changed = Signed(tiers.Town, CaseStatusChanged.Type, "350900000000",
            new { caseId = Guid.NewGuid(), status = "completed", changedAt = DateTimeOffset.UtcNow });
        await RefusedAsync(tiers.City, tiers.Town, changed, "supervisor-city", "intake");
    }

    /// <summary>Publishes <paramref name="e"/> at the sender's broker (it crosses the link) and checks the receiver
    /// quarantined it for its type, raised the card, and applied nothing in <paramref name="schema"/>.</summary>
    private static async Task RefusedAsync(
        TierDeployment receiver, TierDeployment sender, FederationEvent e, string supervisor, string schema, string? reason = null)
    {
        var applied = await CountAsync(receiver.Host, $"SELECT count(*) FROM {schema}.inbox_messages");
        await PublishAsync(sender.Node, e);

        reason ??= $"{sender.Id.AppId} may not send {e.Type}";
        var client = receiver.Host.CreateClient(supervisor);
        var division = receiver.Id.Serves;
        var card = await receiver.Host.Eventually(async () =>
        {
            var open = await client.OkBodyAsync($"/api/supervision/alarms?division={division}");
            return open.Items().EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "event-quarantined"
                && a.GetProperty("note").GetString() == reason).Select(a => (JsonElement?)a).FirstOrDefault();
        }, Crossing);
        Assert.Equal("red", card!.Value.GetProperty("level").GetString());
        Assert.StartsWith("隔离 linkage.", card.Value.GetProperty("caseNumber").GetString());
        Assert.Equal(reason, await TakeQuarantinedAsync(receiver));
        Assert.Equal(applied, await CountAsync(receiver.Host, $"SELECT count(*) FROM {schema}.inbox_messages"));
    }

    private static FederationEvent Signed(TierDeployment sender, string type, string target, object data) =>
        sender.Host.Services.GetRequiredService<FederationSigner>().Sign(new FederationEvent
        {
            Id = Guid.NewGuid().ToString(), Source = $"/linkage/{sender.Id.AppId}", Type = type, Subject = Guid.NewGuid().ToString(),
            Time = DateTimeOffset.UtcNow, TargetDivision = target, Sequence = 1, Data = JsonSerializer.SerializeToElement(data),
        });

    private static async Task PublishAsync(RabbitNode node, FederationEvent e)
    {
        await using var connection = await new ConnectionFactory { Uri = node.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        // to linkage.out keyed by its target, as the sender publishes an event for another deployment (0646, 0670):
        // a return (no link towards the target) fails the publish
        await channel.BasicPublishAsync("linkage.out", LinkRoutingKeys.For(e.TargetDivision, e.Type), mandatory: true,
            new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, e.ToJsonBytes());
    }

    /// <summary>Takes the one refused event out of the receiver's quarantine (the other tests of the collection expect it
    /// empty) and returns its reason.</summary>
    private static async Task<string?> TakeQuarantinedAsync(TierDeployment receiver)
    {
        var queue = $"{receiver.Id.AppId}-quarantine";
        await using var connection = await new ConnectionFactory { Uri = receiver.Node.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var got = await Wait.Until(() => channel.BasicGetAsync(queue, autoAck: true), Crossing); // put there after the alarm
        Assert.Null(await channel.BasicGetAsync(queue, autoAck: true));
        Assert.Equal(0, await receiver.Node.QueuedAsync(queue)); // counted by the broker: the next test of the collection reads it
        return got.BasicProperties.Headers?["x-quarantine-reason"] is byte[] text ? Encoding.UTF8.GetString(text) : null;
    }
}
