using System.Text.Json.Nodes;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Signed, scoped, ordered, once: what a receiving deployment lets through the real broker, and what it
/// quarantines (decisions 0331, 0332).</summary>
public sealed class FederationAdmissionTests
{
    private const string Inside = "330102001000";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Forged_unsigned_wrong_signer_out_of_scope_replayed_malformed_oversized_and_unknown_type_events_are_quarantined_and_change_nothing(bool inOneBatch)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var rotated = TestSigner.Create(TestSigner.Other.AppId, "other-0");
        var settings = federation.Settings();
        settings[$"Linkage:Federation:Trust:other:Keys:{rotated.KeyId}"] = Convert.ToBase64String(rotated.PublicKey);
        settings["Linkage:Federation:MaxEventBytes"] = "4096";
        var host = await StartAsync(database, federation, settings, inOneBatch: inOneBatch);
        try
        {
            string Id() => Guid.NewGuid().ToString();
            var topic = federation.Topic;
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("good"), subject: "case-a"));
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("old-key"), signer: rotated));
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("county-own"), signer: TestSigner.County));
            byte[][] refused =
            [
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("good"),
                    tamper: json => { json["data"]!["key"] = "forged"; return json; }),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("retargeted"),
                    tamper: json => { json["targetdivision"] = "330102002000"; return json; }),
                CloudEvents.Unsigned(topic, Id(), Inside, CloudEvents.Probe("unsigned")),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("stranger"), signer: TestSigner.Stranger),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("posing"), signer: TestSigner.County,
                    tamper: json => { json["signer"] = "other"; json["signaturekeyid"] = "other-1"; return json; }),
                CloudEvents.AsDaprWouldSend(topic, Id(), "330103001000", CloudEvents.Probe("out-of-scope"), signer: TestSigner.County),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("replayed-new-id"), subject: "case-a"),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("stale"), time: DateTimeOffset.UtcNow.AddDays(-60)),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("no-sequence"), sequence: null),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, new JsonObject { ["key"] = new string('x', 5000), ["level"] = 1 }),
                CloudEvents.AsDaprWouldSend(topic, Id(), Inside, CloudEvents.Probe("unknown-type"),
                    tamper: json => { json["type"] = "linkage.unknown.v1"; return json; }),
                "{ not a cloud event"u8.ToArray(),
            ];
            await Wait.Until(() => AppliedAsync(database), a => a.Count == 3, what: "the three good events applied");
            foreach (var body in refused) await federation.PublishRawAsync(body);

            await Wait.Until(() => broker.MessageCountAsync(federation.Quarantine), n => n == refused.Length,
                what: $"{refused.Length} events quarantined");
            Assert.Equal(["county-own", "good", "old-key"], (await AppliedAsync(database)).Order());
            Assert.Equal(0u, await broker.MessageCountAsync(federation.Queue));
            Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_subjects_events_are_applied_in_sequence_order_once_whatever_order_and_repeats_they_arrive_in(bool inOneBatch)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var host = await StartAsync(database, federation, federation.Settings(), ordered: true, inOneBatch);
        try
        {
            var events = Enumerable.Range(1, 5).Select(n => (Id: Guid.NewGuid().ToString(), N: n)).ToArray();
            byte[] Body((string Id, int N) e) =>
                CloudEvents.AsDaprWouldSend(federation.Topic, e.Id, Inside, CloudEvents.Probe($"e{e.N}"), subject: "case-o", sequence: e.N);
            foreach (var e in new[] { events[4], events[2], events[3], events[2], events[1], events[0], events[4] })
                await federation.PublishRawAsync(Body(e));
            // A gap that never fills: #2 of another subject, parked until the gap timeout, then quarantined.
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside,
                CloudEvents.Probe("orphan"), subject: "case-gap", sequence: 2));

            await Wait.Until(() => AppliedAsync(database), a => a.Count >= 5, TimeSpan.FromSeconds(40), "five events applied");
            await Wait.Until(() => broker.MessageCountAsync(federation.Quarantine), n => n >= 1, TimeSpan.FromSeconds(40),
                "the orphan quarantined after the gap timeout");
            Assert.Equal(["0:e1", "1:e2", "2:e3", "3:e4", "4:e5"], (await AppliedAsync(database)).Order());

            foreach (var e in events) await federation.PublishRawAsync(Body(e)); // a replay of everything, e.g. by a shovel
            await federation.PublishRawAsync(Body((Guid.NewGuid().ToString(), 6)));
            await Wait.Until(() => AppliedAsync(database), a => a.Count >= 6, what: "#6 applied after the replay");
            Assert.Equal(["0:e1", "1:e2", "2:e3", "3:e4", "4:e5", "5:e6"], (await AppliedAsync(database)).Order());
            Assert.Equal(["orphan"], await federation.TakeQuarantinedKeysAsync()); // once, and none of the subject that caught up
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Decision 0657: a subject sent in reverse order fills its gap one event per round of the parked copies (each
    /// at least the 250 ms park pause), so the chain outlasts the gap timeout while no event waits that long without its
    /// subject moving.</summary>
    [Fact]
    public async Task A_subject_whose_gap_fills_one_event_a_round_is_applied_whole_though_the_chain_outlasts_the_gap_timeout()
    {
        const int events = 12;
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var settings = federation.Settings();
        settings["Linkage:Federation:GapTimeout"] = "00:00:02"; // shorter than 11 rounds of the park pause
        var host = await StartAsync(database, federation, settings, ordered: true);
        try
        {
            for (var n = events; n >= 1; n--)
                await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside,
                    CloudEvents.Probe($"e{n}"), subject: "case-slow", sequence: n));

            var applied = await Wait.Until(() => AppliedAsync(database), a => a.Count == events, TimeSpan.FromSeconds(120), "every event applied");
            Assert.Equal(Enumerable.Range(1, events).Select(n => $"{n - 1}:e{n}").Order(), applied.Order());
            Assert.Empty(await federation.TakeQuarantinedKeysAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static Task<IHost> StartAsync(
        OutboxDatabase database, FederationBroker federation, Dictionary<string, string?> settings, bool ordered = false, bool inOneBatch = false) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(new ProbeBatching(inOneBatch));
            services.AddOutbox<TestDbContext>();
            services.AddFederationBus(config);
            if (ordered) services.AddFederationHandler<FederationProbe, OrderedProbeHandler>(federation.Topic);
            else services.AddFederationHandler<FederationProbe, FederationProbeHandler>(federation.Topic, (e, _) => e.TargetDivision);
        }, settings);

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Select(a => a.Key).ToListAsync();
    }
}
