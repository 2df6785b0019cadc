using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Two one-batch deliveries that update the same versioned (xmin) row at once, on two consumer instances of
/// one queue (two hosts, a prefetch window of one each, so each takes one of the pair): the loser's batch runs in a
/// transaction that the conflict rolls back whole, and it is retried on the new version (decision 0618).</summary>
public sealed class VersionedRowRaceTests
{
    private const string Row = "shared";

    [Fact]
    public async Task Two_batches_racing_on_one_versioned_row_each_apply_once_and_the_loser_commits_nothing_before_its_retry()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        await using (var seed = database.NewContext())
        {
            seed.Tallies.Add(new Tally { Name = Row });
            await seed.SaveChangesAsync();
        }
        var gate = new RaceGate();
        var (endpoint, hosts) = await StartTwoInstancesAsync(database, broker, gate);
        try
        {
            var bus = hosts[0].Services.GetRequiredService<IBus>();
            var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

            // different messages: both apply, the loser on its retry
            gate.Arm(2);
            await Task.WhenAll(Publish(bus, "first", 1, first), Publish(bus, "second", 10, second));
            await using var db = database.NewContext();
            await Wait.Until(() => db.InboxMessages.CountAsync(), n => n == 2, what: "both messages applied");
            var reads = gate.Reads.ToArray();
            Assert.Equal(3, reads.Length); // both read, the loser read again on its retry
            Assert.Equal(reads[0].Version, reads[1].Version);
            Assert.NotEqual(reads[0].Key, reads[1].Key);
            Assert.NotEqual(reads[0].Version, reads[2].Version);
            await AssertAppliedAsync(database, total: 11, moves: 2, new() { ["first"] = 1, ["second"] = 1 }, first, second);

            // one message delivered to both instances at once: applied once, the loser writes nothing and is not retried
            var twice = Guid.NewGuid();
            gate.Arm(2);
            await Task.WhenAll(Publish(bus, "twice", 100, twice), Publish(bus, "twice", 100, twice));
            await Wait.Until(() => Task.FromResult(gate.Reads.Count), n => n == 5, what: "both deliveries of the duplicate read");
            await Wait.Until(() => db.InboxMessages.CountAsync(), n => n == 3, what: "the duplicate applied");
            await AssertAppliedAsync(database, total: 111, moves: 3, new() { ["first"] = 1, ["second"] = 1, ["twice"] = 1 }, first, second, twice);

            // all three redelivered later: each read and update rolled back on the inbox key, nothing changes
            await Task.WhenAll(Publish(bus, "first", 1, first), Publish(bus, "second", 10, second), Publish(bus, "twice", 100, twice));
            await Wait.Until(() => Task.FromResult(gate.Reads.Count), n => n >= 8, what: "the redeliveries handled");
            await Wait.Until(() => broker.MessageCountAsync(endpoint), n => n == 0, what: "the queue empty");
            foreach (var host in hosts) await host.StopAsync(); // every delivery in flight finished or given back
            hosts = [];
            Assert.Equal(8, gate.Reads.Count);
            await AssertAppliedAsync(database, total: 111, moves: 3, new() { ["first"] = 1, ["second"] = 1, ["twice"] = 1 }, first, second, twice);
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint + "_error"));
        }
        finally
        {
            foreach (var host in hosts) await host.StopAsync();
        }
    }

    /// <summary>The row's state, the handler's rows, the inbox rows and the queued events agree: each message once.</summary>
    private static async Task AssertAppliedAsync(
        OutboxDatabase database, int total, int moves, Dictionary<string, int> applied, params Guid[] messageIds)
    {
        await using var db = database.NewContext();
        var tally = await db.Tallies.AsNoTracking().SingleAsync();
        Assert.Equal((total, moves), (tally.Total, tally.Moves));
        Assert.Equal(applied, await db.Applied.GroupBy(a => a.Key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(messageIds.Order(), (await db.InboxMessages.Select(i => i.MessageId).ToListAsync()).Order());
        Assert.Equal(applied.Count, await db.OutboxMessages.CountAsync(m => m.MessageType.Contains(nameof(TallyMoved))));
    }

    private static async Task<(string Endpoint, IHost[] Hosts)> StartTwoInstancesAsync(OutboxDatabase database, Broker broker, RaceGate gate)
    {
        var module = TestEnvironment.NewName("t");
        var endpoint = $"{module}-tally-probe";
        broker.CleanUpEndpoint(endpoint);
        broker.CleanUp(Broker.MassTransitExchange<TallyProbe>());
        var settings = new Dictionary<string, string?> { ["Linkage:RabbitMq:PrefetchCount"] = "1" };
        var hosts = new List<IHost>();
        for (var i = 0; i < 2; i++)
            hosts.Add(await TestHost.StartAsync(database, (services, config) =>
            {
                services.AddSingleton(gate);
                services.AddLinkageBus(config, bus => bus.AddModuleConsumer<TallyProbeConsumer>(module));
            }, settings));
        return (endpoint, [.. hosts]);
    }

    private static Task Publish(IBus bus, string key, int amount, Guid messageId) =>
        bus.Publish(new TallyProbe(Row, key, amount), context => context.MessageId = messageId);
}
