using Linkage.Messaging.Tests.Federation;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Replay;

/// <summary>Decision 0623: <c>./platform messages replay</c> sends dead-lettered and quarantined federation events back
/// to their topic's queue, where the receiver checks and applies them once, in each subject's order.</summary>
public sealed class FederationReplayTests
{
    [Fact]
    public async Task Events_dead_lettered_in_an_outage_and_the_gap_behind_them_are_replayed_once_in_order()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var outage = new OutageProbeHandler.Outage();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(outage);
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, OutageProbeHandler>(federation.Topic);
        }, Settings(federation));
        var deadLetters = new FederationDeadLetters(new ConfigurationBuilder().AddInMemoryCollection(TestHost.BaseSettings(
            new Dictionary<string, string?> { ["Linkage:RabbitMq:ManagementUri"] = TestEnvironment.RabbitManagement.ToString() })).Build());
        try
        {
            await PublishAsync(federation, "case-1", 1, "a");
            await Wait.Until(() => AppliedAsync(database, "case-1"), a => a.Count == 1, what: "case-1 #1 applied");

            outage.Down = true;
            await PublishAsync(federation, "case-1", 2, "b");
            await PublishAsync(federation, "case-1", 3, "c");
            await PublishAsync(federation, "case-2", 1, "x");
            // #2 and case-2's #1 fail every attempt; #3 waits for #2 until the gap timeout, then is quarantined
            await Wait.Until(() => broker.MessageCountAsync($"dlq-{federation.Queue}"), n => n == 2, TimeSpan.FromSeconds(60), "two dead letters");
            await Wait.Until(() => broker.MessageCountAsync(federation.Quarantine), n => n == 1, TimeSpan.FromSeconds(60), "#3 quarantined as a gap");

            outage.Down = false;
            await PublishAsync(federation, "case-1", 4, "d");
            var replayed = await deadLetters.ReplayAsync(federation.AppId, CancellationToken.None);
            Assert.Equal(new Dictionary<string, int> { [federation.Quarantine] = 1, [$"dlq-{federation.Queue}"] = 2 }, replayed);

            var case1 = await Wait.Until(() => AppliedAsync(database, "case-1"), a => a.Count == 4, TimeSpan.FromSeconds(60), "case-1 applied to #4");
            Assert.Equal(["0:a", "1:b", "2:c", "3:d"], case1);
            Assert.Equal(["0:x"], await Wait.Until(() => AppliedAsync(database, "case-2"), a => a.Count == 1, what: "case-2 applied"));
            await Wait.Until(() => broker.MessageCountAsync(federation.Queue), n => n == 0, what: "an empty queue");
            Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
            Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));

            // a second replay finds nothing, and nothing was applied twice
            Assert.All((await deadLetters.ReplayAsync(federation.AppId, CancellationToken.None)).Values, n => Assert.Equal(0, n));
            await using var db = database.NewContext();
            Assert.Equal(5, await db.Applied.CountAsync());
            Assert.Equal(5, await db.InboxMessages.CountAsync(i => i.Consumer == "federation#sequence"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Two attempts; a gap waits 15 s, time enough for the replay to bring the missing event.</summary>
    private static Dictionary<string, string?> Settings(FederationBroker federation)
    {
        var settings = federation.Settings(maxAttempts: 2);
        settings["Linkage:Federation:GapTimeout"] = "00:00:15";
        return settings;
    }

    private static Task PublishAsync(FederationBroker federation, string subject, long sequence, string key) =>
        federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), "330102001000",
            CloudEvents.Probe(key), subject: subject, sequence: sequence));

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database, string subject)
    {
        await using var db = database.NewContext();
        return await db.Applied.Where(a => a.Handler == subject).Select(a => a.Key).Order().ToListAsync();
    }
}
